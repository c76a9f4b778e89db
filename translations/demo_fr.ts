<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Demo</name>
    <message>
        <location filename="../ogpdesk/core/demo.py" line="93"/>
        <source>Seed demo loaded: {processes} processes, {meetings} meetings, {participants} sample participants, {recommendations} recommendations, {commitments} commitments, {reviews} progress reviews ({rows} new rows in all).</source>
        <translation>Démo chargée : {processes} processus, {meetings} réunions, {participants} participants fictifs, {recommendations} recommandations, {commitments} engagements, {reviews} revues d’avancement ({rows} nouvelles lignes au total).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/demo.py" line="99"/>
        <source>The seed demo is already loaded: nothing new was added.</source>
        <translation>La démo est déjà chargée : rien de nouveau n’a été ajouté.</translation>
    </message>
</context>
</TS>
