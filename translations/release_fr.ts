<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ogpdesk</source>
        <translation>À propos d’ogpdesk</translation>
    </message>
    <message>
        <source>An offline desk for participatory meetings: attendance, interventions, recommendations and decisions captured as they happen; minutes, reports and progress matrices in Arabic, French and English.</source>
        <translation>Un bureau hors ligne pour les réunions participatives : présences, interventions, recommandations et décisions saisies en direct ; procès-verbaux, rapports et matrices d’avancement en arabe, en français et en anglais.</translation>
    </message>
    <message>
        <source>ogpdesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>ogpdesk est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni SANS AUCUNE GARANTIE.</translation>
    </message>
    <message>
        <source>Qt {qt} · Python {python}</source>
        <translation>Qt {qt} · Python {python}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Mentions des logiciels tiers</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ogpdesk</source>
        <translation>À &amp;propos d’ogpdesk</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot replace “{path}”: another program has it open. Close it there and export again.</source>
        <translation>Impossible de remplacer « {path} » : un autre programme l’a ouvert. Fermez-le dans ce programme et exportez à nouveau.</translation>
    </message>
</context>
</TS>
