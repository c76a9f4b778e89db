<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Backup</name>
    <message>
        <source>Back up the database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Backup {path} (schema {revision}, {when})</source>
        <translation>النسخة الاحتياطية {path} (المخطط {revision}، {when})</translation>
    </message>
    <message>
        <source>{processes} processes, {meetings} meetings, {participants} participants, {recommendations} recommendations</source>
        <translation>{processes} مسارات، {meetings} اجتماعات، {participants} مشاركين، {recommendations} توصيات</translation>
    </message>
    <message>
        <source>Latest meeting: {meeting}</source>
        <translation>آخر اجتماع: {meeting}</translation>
    </message>
    <message>
        <source>The database as it was is kept in {path}</source>
        <translation>حُفظت قاعدة البيانات كما كانت في {path}</translation>
    </message>
    <message>
        <source>Restored into {path}</source>
        <translation>استُرجعت في {path}</translation>
    </message>
    <message>
        <source>copy the whole database into a backup file</source>
        <translation>نسخ قاعدة البيانات كاملة في ملف احتياطي</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept first)</source>
        <translation>تعويض قاعدة البيانات بنسخة احتياطية (تُحفظ الحالية أولًا)</translation>
    </message>
    <message>
        <source>only show what the backup holds</source>
        <translation>عرض محتوى النسخة الاحتياطية فقط</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{path}” is not an ogpdesk backup: it is not a database file.</source>
        <translation>«{path}» ليس نسخة احتياطية لـ ogpdesk: ليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>“{path}” is not a complete ogpdesk backup ({detail}). Nothing was restored.</source>
        <translation>«{path}» ليس نسخة احتياطية كاملة لـ ogpdesk ({detail}). لم يُسترجع شيء.</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer version of ogpdesk (schema {revision}). Install the newer version to restore it; nothing was restored.</source>
        <translation>«{path}» كُتب بإصدار أحدث من ogpdesk (المخطط {revision}). ثبّت الإصدار الأحدث لاسترجاعه؛ لم يُسترجع شيء.</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>لا يوجد ملف «{path}».</translation>
    </message>
    <message>
        <source>Only a database kept in a file (SQLite) can be backed up or restored here.</source>
        <translation>لا يمكن هنا نسخ أو استرجاع إلا قاعدة بيانات محفوظة في ملف (SQLite).</translation>
    </message>
    <message>
        <source>damaged or truncated</source>
        <translation>ملف تالف أو مبتور</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>لا يحمل رقم إصدار المخطط</translation>
    </message>
    <message>
        <source>“{path}” is not a complete ogpdesk backup (tables missing: {tables}). Nothing was restored.</source>
        <translation>«{path}» ليس نسخة احتياطية كاملة لـ ogpdesk (جداول ناقصة: {tables}). لم يُسترجع شيء.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>ا&amp;سترجاع…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>نُسخت احتياطيًا في %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ النسخ</translation>
    </message>
    <message>
        <source>%1 (this version)</source>
        <translation>%1 (هذا الإصدار)</translation>
    </message>
    <message>
        <source>%1 (older: upgraded after the restore)</source>
        <translation>%1 (أقدم: يُحدَّث بعد الاسترجاع)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>آخر اجتماع</translation>
    </message>
    <message>
        <source>The database open now will be replaced by this backup. It is kept as a backup first.</source>
        <translation>ستُعوَّض قاعدة البيانات المفتوحة الآن بهذه النسخة، بعد حفظها هي نفسها كنسخة احتياطية.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;سترجاع</translation>
    </message>
</context>
</TS>
