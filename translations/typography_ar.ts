<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionPlan</name>
    <message numerus="yes">
        <location filename="../ogpdesk/documents/site.py" line="64"/>
        <source>commitment(s)</source>
        <translation>
            <numerusform>التزام</numerusform>
            <numerusform>التزام</numerusform>
            <numerusform>التزامان</numerusform>
            <numerusform>التزامات</numerusform>
            <numerusform>التزاما</numerusform>
            <numerusform>التزام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ogpdesk/documents/site.py" line="65"/>
        <source>milestone(s) overdue</source>
        <translation>
            <numerusform>مرحلة متأخرة</numerusform>
            <numerusform>مرحلة متأخرة</numerusform>
            <numerusform>مرحلتان متأخرتان</numerusform>
            <numerusform>مراحل متأخرة</numerusform>
            <numerusform>مرحلة متأخرة</numerusform>
            <numerusform>مرحلة متأخرة</numerusform>
        </translation>
    </message>
</context>
</TS>
