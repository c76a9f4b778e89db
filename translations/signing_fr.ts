<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionPlan</name>
    <message>
        <source>Reviewed with its commitment</source>
        <translation>Examiné avec son engagement</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the day the report describes: actions due before it are overdue (default: the end of --quarter, else the day of the latest meeting reported on)</source>
        <translation>le jour que décrit le rapport : les actions échues avant ce jour sont en retard (par défaut : la fin de --quarter, sinon le jour de la dernière réunion couverte)</translation>
    </message>
    <message>
        <source>expected a time as HH:MM</source>
        <translation>heure attendue au format HH:MM</translation>
    </message>
    <message>
        <source>expected a name</source>
        <translation>nom attendu</translation>
    </message>
    <message>
        <source>Approved: {title} ({id})</source>
        <translation>Approuvé : {title} ({id})</translation>
    </message>
    <message>
        <source>Reopened: {title} ({id})</source>
        <translation>Rouvert : {title} ({id})</translation>
    </message>
    <message>
        <source>letterhead, from the top: 'Republic &gt; Governorate or ministry &gt; Municipality'</source>
        <translation>en-tête, du haut vers le bas : 'République &gt; Gouvernorat ou ministère &gt; Commune'</translation>
    </message>
    <message>
        <source>image file (PNG or JPEG) of the institution</source>
        <translation>fichier image (PNG ou JPEG) du logo de l’institution</translation>
    </message>
    <message>
        <source>who chairs and signs: 'Name, Title'</source>
        <translation>qui préside et signe : 'Nom, Fonction'</translation>
    </message>
    <message>
        <source>who writes and signs the minutes: 'Name, Title'</source>
        <translation>qui rédige et signe le procès-verbal : 'Nom, Fonction'</translation>
    </message>
    <message>
        <source>approve a meeting's minutes (closing it first)</source>
        <translation>approuver le procès-verbal d’une réunion (en la clôturant d’abord)</translation>
    </message>
    <message>
        <source>reopen an approved meeting</source>
        <translation>rouvrir une réunion approuvée</translation>
    </message>
    <message>
        <source>who reopens it (default: the system user)</source>
        <translation>qui la rouvre (par défaut : l’utilisateur du système)</translation>
    </message>
    <message>
        <source>letterhead, from the top: 'Republic &gt; Governorate or ministry &gt; Municipality'; a level in several languages: 'Commune de Kairouan | بلدية القيروان'</source>
        <translation>en-tête, du haut vers le bas : 'République &gt; Gouvernorat ou ministère &gt; Commune' ; un niveau en plusieurs langues : 'Commune de Kairouan | بلدية القيروان'</translation>
    </message>
    <message>
        <source>the title in this language, if not written in it</source>
        <translation>le titre dans cette langue, s’il n’a pas été rédigé dans celle-ci</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{text} [untranslated]</source>
        <translation>{text} [à traduire]</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unknown language “{value}”. Known languages: {known}.</source>
        <translation>Langue inconnue « {value} ». Langues connues : {known}.</translation>
    </message>
    <message>
        <source>The logo “{path}” is not a PNG or JPEG image that could be read.</source>
        <translation>Le logo « {path} » n’est pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <source>An institution needs a name.</source>
        <translation>Une institution doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>RecommendationsBoard</name>
    <message>
        <source>Written in</source>
        <translation>Rédigée en</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
</TS>
