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
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Name, Enter; empty Enter to go back (Ctrl+H)</source>
        <translation>Nom, Entrée ; Entrée à vide pour revenir (Ctrl+H)</translation>
    </message>
</context>
</TS>
