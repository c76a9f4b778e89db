<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionPlan</name>
    <message numerus="yes">
        <location filename="../ogpdesk/documents/site.py" line="64"/>
        <source>commitment(s)</source>
        <translation>
            <numerusform>engagement</numerusform>
            <numerusform>engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ogpdesk/documents/site.py" line="65"/>
        <source>milestone(s) overdue</source>
        <translation>
            <numerusform>jalon en retard</numerusform>
            <numerusform>jalons en retard</numerusform>
        </translation>
    </message>
</context>
</TS>
