<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Problem addressed</source>
        <translation>Problème traité</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Versions missing</source>
        <translation>Versions manquantes</translation>
    </message>
    <message>
        <source>&amp;Translations…</source>
        <translation>&amp;Traductions…</translation>
    </message>
    <message>
        <source>The title of the commitment, or the milestone's deliverable, in each language</source>
        <translation>Le titre de l’engagement, ou le livrable du jalon, dans chaque langue</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Translations of “%1”</source>
        <translation>Traductions de « %1 »</translation>
    </message>
    <message>
        <source>Translate a commitment</source>
        <translation>Traduire un engagement</translation>
    </message>
</context>
<context>
    <name>ProgressReviewPanel</name>
    <message>
        <source>&amp;Translations…</source>
        <translation>&amp;Traductions…</translation>
    </message>
    <message>
        <source>The challenges, next steps and evidence of this row in Arabic, French and English</source>
        <translation>Les difficultés, prochaines étapes et justificatifs de cette ligne en arabe, français et anglais</translation>
    </message>
    <message>
        <source>Translate the texts of commitment %1</source>
        <translation>Traduire les textes de l’engagement %1</translation>
    </message>
    <message>
        <source>Versions of the texts of %1</source>
        <translation>Versions des textes de %1</translation>
    </message>
</context>
<context>
    <name>Versions</name>
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
    <message>
        <source>(original)</source>
        <translation>(original)</translation>
    </message>
    <message>
        <source>No {language} version yet: type it here to add it.</source>
        <translation>Pas encore de version en {language} : saisissez-la ici pour l’ajouter.</translation>
    </message>
    <message>
        <source>The original changed: this version is dropped unless you change it too.</source>
        <translation>L’original a changé : cette version sera supprimée si vous ne la modifiez pas aussi.</translation>
    </message>
    <message>
        <source>No version yet in: {languages}</source>
        <translation>Pas encore de version en : {languages}</translation>
    </message>
    <message>
        <source>Written in:</source>
        <translation>Écrit en :</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Translations…</source>
        <translation>&amp;Traductions…</translation>
    </message>
    <message>
        <source>Translations of “%1”</source>
        <translation>Traductions de « %1 »</translation>
    </message>
    <message>
        <source>Translate “%1”</source>
        <translation>Traduire « %1 »</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{name}” has no versions in other languages.</source>
        <translation>« {name} » n’a pas de versions dans d’autres langues.</translation>
    </message>
</context>
</TS>
