<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <source>The PostgreSQL driver is not installed: install ogpdesk with its server support (pip install "ogpdesk[postgresql]") to use “{server}”.</source>
        <translation>Le pilote PostgreSQL n’est pas installé : installez ogpdesk avec la prise en charge des serveurs (pip install "ogpdesk[postgresql]") pour utiliser « {server} ».</translation>
    </message>
    <message>
        <source>The server “{server}” refused the user name or password. Nothing was changed.</source>
        <translation>Le serveur « {server} » a refusé le nom d’utilisateur ou le mot de passe. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server “{server}” cannot be reached (it is stopped, or the address or port is wrong). Nothing was changed.</source>
        <translation>Le serveur « {server} » est injoignable (il est arrêté, ou l’adresse ou le port est erroné). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server “{server}” does not offer an encrypted (TLS) connection, which a server on the network must. Ask its administrator to turn TLS on. Nothing was sent.</source>
        <translation>Le serveur « {server} » ne propose pas de connexion chiffrée (TLS), obligatoire pour un serveur du réseau. Demandez à son administrateur d’activer TLS. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The server has no database “{database}”. Ask its administrator to create it, then run “ogpdesk server init”.</source>
        <translation>Le serveur n’a pas de base « {database} ». Demandez à son administrateur de la créer, puis lancez « ogpdesk server init ».</translation>
    </message>
    <message>
        <source>The server “{server}” could not be used: {detail}. Nothing was changed.</source>
        <translation>Le serveur « {server} » n’a pas pu être utilisé : {detail}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The target “{target}” already holds records ({count} in “{table}”): a copy goes only into an empty store. Nothing was copied.</source>
        <translation>La cible « {target} » contient déjà des données ({count} dans « {table} ») : une copie ne se fait que vers une base vide. Rien n’a été copié.</translation>
    </message>
    <message>
        <source>The copy of table “{table}” does not match its source ({detail}); it was rolled back and “{target}” was left as it was.</source>
        <translation>La copie de la table « {table} » ne correspond pas à sa source ({detail}) ; elle a été annulée et « {target} » est resté tel quel.</translation>
    </message>
    <message>
        <source>The source and the target are the same store.</source>
        <translation>La source et la cible sont la même base.</translation>
    </message>
    <message>
        <source>{who} changed this at {when}, after it was shown here. Your change was not saved; look at theirs first.</source>
        <translation>{who} a modifié ceci à {when}, après son affichage ici. Votre modification n’a pas été enregistrée ; consultez d’abord la sienne.</translation>
    </message>
    <message>
        <source>This was changed elsewhere at {when}, after it was shown here. Your change was not saved; look at that change first.</source>
        <translation>Ceci a été modifié ailleurs à {when}, après son affichage ici. Votre modification n’a pas été enregistrée ; consultez d’abord ce changement.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{url}: ogpdesk schema {revision} ready</source>
        <translation>{url} : schéma ogpdesk {revision} prêt</translation>
    </message>
    <message>
        <source>Copied {rows} records of {tables} tables to {target}.</source>
        <translation>{rows} enregistrements de {tables} tables copiés vers {target}.</translation>
    </message>
    <message>
        <source>set up a shared PostgreSQL server</source>
        <translation>préparer un serveur PostgreSQL partagé</translation>
    </message>
    <message>
        <source>init: create or upgrade the schema of --db</source>
        <translation>init : créer ou mettre à jour le schéma de --db</translation>
    </message>
    <message>
        <source>copy a whole store into an empty one (SQLite and PostgreSQL, either way)</source>
        <translation>copier toute une base dans une base vide (SQLite et PostgreSQL, dans les deux sens)</translation>
    </message>
    <message>
        <source>write who created and changed each row of a meeting (CSV)</source>
        <translation>écrire qui a créé et modifié chaque ligne d’une réunion (CSV)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Last changed by %1, %2</source>
        <translation>Dernière modification par %1, %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>e.g. server.mairie.local</source>
        <translation>p. ex. serveur.mairie.local</translation>
    </message>
    <message>
        <source>Remember the password in this computer's keychain</source>
        <translation>Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>A server on the network must offer an encrypted (TLS) connection; one on this computer need not.</source>
        <translation>Un serveur du réseau doit proposer une connexion chiffrée (TLS) ; un serveur sur cet ordinateur n’y est pas tenu.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
</context>
</TS>
