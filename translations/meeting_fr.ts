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
        <source>This meeting is approved and locked; reopen it to change it.</source>
        <translation>Cette réunion est approuvée et verrouillée ; rouvrez-la pour la modifier.</translation>
    </message>
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
    <message>
        <source>Participant &amp;directory…</source>
        <translation>&amp;Annuaire des participants…</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Participant directory</source>
        <translation>Annuaire des participants</translation>
    </message>
    <message>
        <source>Find a name or an organisation</source>
        <translation>Chercher un nom ou une organisation</translation>
    </message>
    <message>
        <source>Find in the directory</source>
        <translation>Chercher dans l’annuaire</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Select two records of the same person (⚠ marks namesakes) and merge them: the one in more meetings is kept, with every link of the other.</source>
        <translation>Sélectionnez deux fiches de la même personne (⚠ signale les homonymes) et fusionnez-les : celle qui figure dans le plus de réunions est gardée, avec tous les liens de l’autre.</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected</source>
        <translation>&amp;Fusionner les deux fiches</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>No meeting yet. Create one with New meeting… (Ctrl+N), or load the sample seminars and action plan from a terminal: ogpdesk demo</source>
        <translation>Aucune réunion pour l’instant. Créez-en une avec Nouvelle réunion… (Ctrl+N), ou chargez les séminaires et le plan d’action d’exemple depuis un terminal : ogpdesk demo</translation>
    </message>
</context>
</TS>
