<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Backup</name>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Backup {path} (schema {revision}, {when})</source>
        <translation>Sauvegarde {path} (schéma {revision}, {when})</translation>
    </message>
    <message>
        <source>{processes} processes, {meetings} meetings, {participants} participants, {recommendations} recommendations</source>
        <translation>{processes} processus, {meetings} réunions, {participants} participants, {recommendations} recommandations</translation>
    </message>
    <message>
        <source>Latest meeting: {meeting}</source>
        <translation>Dernière réunion : {meeting}</translation>
    </message>
    <message>
        <source>The database as it was is kept in {path}</source>
        <translation>La base de données telle qu’elle était est conservée dans {path}</translation>
    </message>
    <message>
        <source>Restored into {path}</source>
        <translation>Restaurée dans {path}</translation>
    </message>
    <message>
        <source>copy the whole database into a backup file</source>
        <translation>copier toute la base de données dans un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept first)</source>
        <translation>remplacer la base de données par une sauvegarde (l’actuelle est conservée d’abord)</translation>
    </message>
    <message>
        <source>only show what the backup holds</source>
        <translation>montrer seulement ce que contient la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{path}” is not an ogpdesk backup: it is not a database file.</source>
        <translation>« {path} » n’est pas une sauvegarde ogpdesk : ce n’est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>“{path}” is not a complete ogpdesk backup ({detail}). Nothing was restored.</source>
        <translation>« {path} » n’est pas une sauvegarde ogpdesk complète ({detail}). Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer version of ogpdesk (schema {revision}). Install the newer version to restore it; nothing was restored.</source>
        <translation>« {path} » a été écrit par une version plus récente d’ogpdesk (schéma {revision}). Installez la version plus récente pour la restaurer ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>Il n’y a pas de fichier « {path} ».</translation>
    </message>
    <message>
        <source>Only a database kept in a file (SQLite) can be backed up or restored here.</source>
        <translation>Seule une base de données conservée dans un fichier (SQLite) peut être sauvegardée ou restaurée ici.</translation>
    </message>
    <message>
        <source>damaged or truncated</source>
        <translation>fichier endommagé ou tronqué</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>aucune version de schéma</translation>
    </message>
    <message>
        <source>“{path}” is not a complete ogpdesk backup (tables missing: {tables}). Nothing was restored.</source>
        <translation>« {path} » n’est pas une sauvegarde ogpdesk complète (tables manquantes : {tables}). Rien n’a été restauré.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>%1 (this version)</source>
        <translation>%1 (cette version)</translation>
    </message>
    <message>
        <source>%1 (older: upgraded after the restore)</source>
        <translation>%1 (plus ancien : mis à jour après la restauration)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>Dernière réunion</translation>
    </message>
    <message>
        <source>The database open now will be replaced by this backup. It is kept as a backup first.</source>
        <translation>La base de données ouverte sera remplacée par cette sauvegarde. Elle est d’abord conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
</TS>
