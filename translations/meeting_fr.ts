<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <source>same name as {count} people in the directory: add the organisation to say which, or merge them in the directory</source>
        <translation>même nom que {count} personnes de l’annuaire : ajoutez l’organisation pour préciser laquelle, ou fusionnez-les dans l’annuaire</translation>
    </message>
    <message>
        <source>A participant cannot be merged with themself.</source>
        <translation>Un participant ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>“{name}” is the name of {count} people: choose one of them from the list.</source>
        <translation>« {name} » est le nom de {count} personnes : choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Name, Enter; empty Enter to go back (Ctrl+H)</source>
        <translation>Nom, Entrée ; Entrée à vide pour revenir (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Several people have this name: double-click to choose who it was.</source>
        <translation>Plusieurs personnes portent ce nom : double-cliquez pour choisir qui c’était.</translation>
    </message>
    <message>
        <source>Speaker of “%1”</source>
        <translation>Intervenant de « %1 »</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New participant: %1 — Ctrl+Z takes back the line and the person</source>
        <translation>Nouveau participant : %1 — Ctrl+Z annule la ligne et la personne</translation>
    </message>
    <message>
        <source>“%1” is the name of several people: the line is linked to nobody until you choose, in the Who column of the timeline</source>
        <translation>« %1 » est le nom de plusieurs personnes : la ligne n’est liée à personne tant que vous n’avez pas choisi, dans la colonne Qui de la chronologie</translation>
    </message>
</context>
</TS>
