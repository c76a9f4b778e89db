<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <source>This merge cannot be undone: “{label}” was captured or changed since in what it brought, and undoing the merge would lose it. Nothing was changed.</source>
        <translation>Cette fusion ne peut pas être annulée : « {label} » a été saisi ou modifié depuis dans ce qu’elle a apporté, et annuler la fusion le perdrait. Rien n’a été modifié.</translation>
    </message>
</context>
</TS>
