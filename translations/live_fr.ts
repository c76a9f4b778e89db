<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MeetingView</name>
    <message>
        <source>Close the meeting “{title}”? Its minutes can then be approved. You can undo this from the Edit menu.</source>
        <translation>Clôturer la réunion « {title} » ? Son procès-verbal pourra ensuite être approuvé. Vous pouvez annuler cette action depuis le menu Édition.</translation>
    </message>
    <message>
        <source>&amp;Close meeting</source>
        <translation>&amp;Clôturer la réunion</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>Approuver et verrouiller</translation>
    </message>
    <message>
        <source>Approve and lock the meeting “{title}”? Nothing in it can be changed afterwards unless it is reopened, and a reopening is recorded in its minutes.</source>
        <translation>Approuver et verrouiller la réunion « {title} » ? Plus rien ne pourra y être modifié à moins de la rouvrir, et une réouverture est consignée dans son procès-verbal.</translation>
    </message>
    <message>
        <source>A&amp;pprove and lock</source>
        <translation>A&amp;pprouver et verrouiller</translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation>Rouvrir la réunion</translation>
    </message>
    <message>
        <source>Reopen the approved meeting “{title}”? It can then be changed, and its minutes record that {name} reopened it.</source>
        <translation>Rouvrir la réunion approuvée « {title} » ? Elle pourra alors être modifiée, et son procès-verbal consignera que {name} l’a rouverte.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
</context>
</TS>
