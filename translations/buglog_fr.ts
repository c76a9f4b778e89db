<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error occurred (a bug, not something you did); what was already recorded is kept. The details are in “{path}”: please send that file to whoever supports you.</source>
        <translation>Une erreur inattendue s’est produite (un défaut du programme, pas de votre fait) ; ce qui était déjà enregistré est conservé. Les détails sont dans « {path} » : envoyez ce fichier à la personne qui vous assiste.</translation>
    </message>
    <message>
        <source>An unexpected error occurred (a bug, not something you did); what was already recorded is kept. Its details could not be saved: {reason}</source>
        <translation>Une erreur inattendue s’est produite (un défaut du programme, pas de votre fait) ; ce qui était déjà enregistré est conservé. Ses détails n’ont pu être enregistrés : {reason}</translation>
    </message>
</context>
</TS>
