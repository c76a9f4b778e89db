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
    <message>
        <source>{count} records written to {path}</source>
        <translation>كُتب {count} سجلًا في {path}</translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>(تجربة: لم يُكتب شيء)</translation>
    </message>
    <message>
        <source>write an exchange file of a meeting or a process for another laptop</source>
        <translation>كتابة ملف تبادل لاجتماع أو لمسار لحاسوب آخر</translation>
    </message>
    <message>
        <source>the breakout group the receiving laptop captures in</source>
        <translation>مجموعة العمل التي يسجّل فيها الحاسوب المستقبِل</translation>
    </message>
    <message>
        <source>merge an exchange file into the database</source>
        <translation>دمج ملف تبادل في قاعدة البيانات</translation>
    </message>
    <message>
        <source>only show what the merge would add, change and delete</source>
        <translation>عرض ما سيضيفه الدمج ويغيّره ويحذفه فقط</translation>
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
    <message>
        <source>“{path}” is not an ogpdesk exchange file (not a zip archive with a manifest).</source>
        <translation>«{path}» ليس ملف تبادل لـ ogpdesk (ليس أرشيف zip يحتوي على بيان).</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer version of ogpdesk (exchange format {format}). Install the newer version to receive it; nothing was changed.</source>
        <translation>«{path}» كُتب بإصدار أحدث من ogpdesk (صيغة التبادل {format}). ثبّت الإصدار الأحدث لاستقباله؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” is damaged or was altered: “{member}” does not match its checksum. Nothing was changed.</source>
        <translation>«{path}» تالف أو وقع تغييره: «{member}» لا يطابق بصمته. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” holds an entry “{member}” that is not allowed. Nothing was changed.</source>
        <translation>«{path}» يحتوي على عنصر غير مسموح به «{member}». لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” unpacks to more than an exchange file may hold ({member}). Nothing was changed.</source>
        <translation>«{path}» يتجاوز عند فكّه الحجم المسموح به لملف تبادل ({member}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” has a manifest that cannot be read ({detail}). Nothing was changed.</source>
        <translation>«{path}» يحتوي على بيان غير مقروء ({detail}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}”: record {line} of {member} is not valid ({detail}). Nothing was changed.</source>
        <translation>«{path}»: السجل {line} من {member} غير صالح ({detail}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>item to review</source>
        <translation>عنصر للمراجعة</translation>
    </message>
    <message>
        <source>This record cannot be added yet: its meeting is approved (reopen it first), or it refers to a record this store does not have. It stays in the list.</source>
        <translation>لا يمكن إضافة هذا السجل بعد: اجتماعه مصادق عليه (أعد فتحه أولًا)، أو يشير إلى سجل غير موجود في هذه القاعدة. يبقى في القائمة.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>ogpdesk exchange files (*.ogpdesk);;All files (*)</source>
        <translation>ملفات تبادل ogpdesk (*.ogpdesk);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Receive from another laptop</source>
        <translation>استقبال من حاسوب آخر</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>دمج %1</translation>
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
        <translation>اس&amp;ترجاع…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>نُسخت احتياطيًا في %1</translation>
    </message>
    <message>
        <source>&amp;Send to a group laptop…</source>
        <translation>إ&amp;رسال إلى حاسوب مجموعة…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>ا&amp;ستقبال…</translation>
    </message>
    <message>
        <source>To revie&amp;w…</source>
        <translation>&amp;للمراجعة…</translation>
    </message>
    <message>
        <source>Choose a meeting first, then send it.</source>
        <translation>اختر اجتماعًا أولًا، ثم أرسله.</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>كُتب في %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Nothing new: this store already holds all of it.</source>
        <translation>لا جديد: قاعدة البيانات هذه تحتوي على كل شيء.</translation>
    </message>
    <message>
        <source>added: {count} {kind}</source>
        <translation>أُضيف: {count} {kind}</translation>
    </message>
    <message>
        <source>changed: {count} {kind}</source>
        <translation>تغيّر: {count} {kind}</translation>
    </message>
    <message>
        <source>deleted: {count} {kind}</source>
        <translation>حُذف: {count} {kind}</translation>
    </message>
    <message>
        <source>already in the directory, matched: {name}</source>
        <translation>موجود في الدليل، رُبط به: {name}</translation>
    </message>
    <message>
        <source>conflict: {kind} “{label}”, {field}: “{shown}” shown, “{kept}” kept for review</source>
        <translation>تعارض: {kind} «{label}»، {field}: «{shown}» معروض، «{kept}» محفوظ للمراجعة</translation>
    </message>
    <message>
        <source>held for review (approved meeting): {kind} “{label}”</source>
        <translation>محجوز للمراجعة (اجتماع مصادق عليه): {kind} «{label}»</translation>
    </message>
    <message>
        <source>held for review (its parent is in neither store): {kind} “{label}”</source>
        <translation>محجوز للمراجعة (أصله غير موجود في أيّ من القاعدتين): {kind} «{label}»</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>مؤسسات</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>مسارات</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>اجتماعات</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>مشاركون</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>تسجيلات حضور</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>نقاط جدول الأعمال</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>مداخلات</translation>
    </message>
    <message>
        <source>speaking turns</source>
        <translation>فترات تدخّل</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>توصيات</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>قرارات</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>إجراءات</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>التزامات</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <source>progress reviews</source>
        <translation>متابعات التقدّم</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>مقترحات</translation>
    </message>
    <message>
        <source>committee seats</source>
        <translation>مقاعد اللجان</translation>
    </message>
    <message>
        <source>process roles</source>
        <translation>أدوار في المسار</translation>
    </message>
    <message>
        <source>items to review</source>
        <translation>عناصر للمراجعة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>الهيكل</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>المقدّم</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge preview</source>
        <translation>معاينة الدمج</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation>من «%1»</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>How many or which</source>
        <translation>كم أو أيّها</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>يُضاف</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>يتغيّر</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>يُحذف</translation>
    </message>
    <message>
        <source>Already in the directory (matched)</source>
        <translation>موجود في الدليل (رُبط به)</translation>
    </message>
    <message>
        <source>Conflicts (both kept: to review)</source>
        <translation>تعارضات (تُحفظ القيمتان: للمراجعة)</translation>
    </message>
    <message>
        <source>%1: “%2” shown, “%3” kept</source>
        <translation>%1: «%2» معروض، «%3» محفوظ</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>محجوز للمراجعة</translation>
    </message>
    <message>
        <source>approved meeting</source>
        <translation>اجتماع مصادق عليه</translation>
    </message>
    <message>
        <source>its parent is in neither store</source>
        <translation>أصله غير موجود في أيّ من القاعدتين</translation>
    </message>
    <message>
        <source>Nothing new: this store already holds all of it.</source>
        <translation>لا جديد: قاعدة البيانات هذه تحتوي على كل شيء.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
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
<context>
    <name>ReviewDialog</name>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>المعروض الآن</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>القيمة المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Keep what is shown</source>
        <translation>&amp;إبقاء المعروض</translation>
    </message>
    <message>
        <source>&amp;Use the kept value</source>
        <translation>ا&amp;عتماد القيمة المحفوظة</translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation>تغيّر على حاسوبين</translation>
    </message>
    <message>
        <source>approved meeting</source>
        <translation>اجتماع مصادق عليه</translation>
    </message>
    <message>
        <source>parent missing</source>
        <translation>الأصل غير موجود</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(السجل كاملًا)</translation>
    </message>
    <message>
        <source>Use the kept value</source>
        <translation>اعتماد القيمة المحفوظة</translation>
    </message>
    <message>
        <source>Keep what is shown</source>
        <translation>إبقاء المعروض</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to a group laptop</source>
        <translation>إرسال إلى حاسوب مجموعة</translation>
    </message>
    <message>
        <source>e.g. Table 2 (empty: the whole meeting)</source>
        <translation>مثلًا: الطاولة 2 (فارغ: الاجتماع كله)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>ال&amp;مجموعة</translation>
    </message>
    <message>
        <source>The file holds the meeting, its agenda and the participants directory. Open it on the group's laptop with File ▸ Receive…; bring its records back the same way.</source>
        <translation>يحتوي الملف على الاجتماع وجدول أعماله ودليل المشاركين. افتحه على حاسوب المجموعة عبر ملف ◂ استقبال…؛ وأعد سجلاتها بالطريقة نفسها.</translation>
    </message>
</context>
</TS>
