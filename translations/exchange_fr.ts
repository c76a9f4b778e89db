<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <source>This merge cannot be undone: “{label}” was captured or changed since in what it brought, and undoing the merge would lose it. Nothing was changed.</source>
        <translation>Cette fusion ne peut pas être annulée : « {label} » a été saisi ou modifié depuis dans ce qu’elle a apporté, et annuler la fusion le perdrait. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>links of recommendations to interventions</source>
        <translation>liens des recommandations aux interventions</translation>
    </message>
    <message>
        <source>lead institutions of processes</source>
        <translation>institutions chefs de file des processus</translation>
    </message>
    <message>
        <source>lead institutions of commitments</source>
        <translation>institutions chefs de file des engagements</translation>
    </message>
    <message>
        <source>supporting institutions of commitments</source>
        <translation>institutions d’appui des engagements</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>This meeting: %1</source>
        <translation>Cette réunion : %1</translation>
    </message>
    <message>
        <source>Its whole process: %1</source>
        <translation>Tout son processus : %1</translation>
    </message>
    <message>
        <source>Writing the exchange file…</source>
        <translation>Écriture du fichier d’échange…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
</TS>
