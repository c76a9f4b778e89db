<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Demo</name>
    <message>
        <location filename="../ogpdesk/core/demo.py" line="93"/>
        <source>Seed demo loaded: {processes} processes, {meetings} meetings, {participants} sample participants, {recommendations} recommendations, {commitments} commitments, {reviews} progress reviews ({rows} new rows in all).</source>
        <translation>تم تحميل البيانات التجريبية: العمليات {processes}، الاجتماعات {meetings}، المشاركون التجريبيون {participants}، التوصيات {recommendations}، الالتزامات {commitments}، مراجعات التقدم {reviews} (مجموع السجلات الجديدة: {rows}).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/demo.py" line="99"/>
        <source>The seed demo is already loaded: nothing new was added.</source>
        <translation>البيانات التجريبية محمّلة من قبل: لم يُضف أي شيء جديد.</translation>
    </message>
</context>
</TS>
