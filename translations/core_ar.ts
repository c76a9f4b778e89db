<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Cli</name>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="405" />
        <source>Imported “{file}” ({encoding}) into “{meeting}”:</source>
        <translation>استيراد «{file}» ({encoding}) في «{meeting}»:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="406" />
        <source>agenda items: {count}</source>
        <translation>بنود جدول الأعمال: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="407" />
        <source>interventions: {count}</source>
        <translation>المداخلات: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="408" />
        <source>recommendations: {count}</source>
        <translation>التوصيات: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="409" />
        <source>decisions: {count}</source>
        <translation>القرارات: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="410" />
        <source>action items: {count}</source>
        <translation>الإجراءات: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="411" />
        <location filename="../ogpdesk/core/participants.py" line="590" />
        <source>new participants: {count}</source>
        <translation>مشاركون جدد: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="412" />
        <source>lines kept as notes (no speaker or keyword): {count}, at lines {lines}</source>
        <translation>أسطر حُفظت كملاحظات (دون متدخل أو كلمة مفتاحية): {count}، في الأسطر {lines}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="415" />
        <source>The file holds no text; nothing was recorded.</source>
        <translation>الملف لا يحتوي على أي نص؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="589" />
        <source>Participants from “{file}” ({format}) for “{meeting}”:</source>
        <translation>المشاركون من «{file}» ({format}) لـ«{meeting}»:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="591" />
        <source>already in the directory: {count}</source>
        <translation>موجودون مسبقًا في الدليل: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="592" />
        <source>newly invited to the meeting: {count}</source>
        <translation>مدعوون جدد إلى الاجتماع: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="593" />
        <source>repeated in the file, imported once: {count}</source>
        <translation>مكرَّرون في الملف، استُوردوا مرة واحدة: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="594" />
        <source>rows rejected: {count}</source>
        <translation>أسطر مرفوضة: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="595" />
        <source>values left empty: {count}</source>
        <translation>قيم تُركت فارغة: {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="596" />
        <source>row {row}: {reason}</source>
        <translation>السطر {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="41" />
        <source>expected a date as YYYY-MM-DD</source>
        <translation>يُنتظر تاريخ بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="132" />
        <source>Record participatory meetings and export their minutes and reports.</source>
        <translation>تسجيل الاجتماعات التشاركية وتصدير محاضرها وتقاريرها.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="140" />
        <source>database file or SQLAlchemy URL (default: OGPDESK_DB, then user data)</source>
        <translation>ملف قاعدة البيانات أو عنوان SQLAlchemy (افتراضيًا: OGPDESK_DB، ثم بيانات المستخدم)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="147" />
        <source>load the seed demo (Kairouan, M'saken, El Kef)</source>
        <translation>تحميل العرض التجريبي (القيروان، مساكن، الكاف)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="150" />
        <source>list meetings: id, date, kind, city, title</source>
        <translation>قائمة الاجتماعات: المعرّف، التاريخ، النوع، المدينة، العنوان</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="154" />
        <source>create a meeting and print its id</source>
        <translation>إنشاء اجتماع وطباعة معرّفه</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="165" />
        <source>import a notes file into a meeting</source>
        <translation>استيراد ملف ملاحظات في اجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="172" />
        <source>import participants from CSV or XLSX into a meeting</source>
        <translation>استيراد المشاركين من ملف CSV أو XLSX في اجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="178" />
        <source>export a document; format from the file suffix</source>
        <translation>تصدير وثيقة؛ تُحدَّد الصيغة من امتداد الملف</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="197" />
        <source>quarter of a progress matrix, e.g. 2025Q3</source>
        <translation>الثلاثية لمصفوفة التقدّم، مثلًا 2025Q3</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="202" />
        <source>Arabic and French side by side</source>
        <translation>العربية والفرنسية جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="207" />
        <source>print phone numbers and e-mails</source>
        <translation>طباعة أرقام الهاتف والبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="213" />
        <source>recommendations report: by theme (a meeting's default) or by meeting</source>
        <translation>تقرير التوصيات: حسب المحور (الافتراضي للاجتماع) أو حسب الاجتماع</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ogpdesk/core/attendance.py" line="36" />
        <location filename="../ogpdesk/core/meetings.py" line="31" />
        <location filename="../ogpdesk/core/speakers.py" line="33" />
        <source>meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/attendance.py" line="37" />
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/attendance.py" line="38" />
        <source>attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="40" />
        <source>“{title}” is not an action plan: commitments belong to action plans.</source>
        <translation>«{title}» ليس خطة عمل: الالتزامات تنتمي إلى خطط العمل.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="43" />
        <source>A commitment needs a title.</source>
        <translation>يحتاج الالتزام إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="44" />
        <source>A milestone needs a deliverable.</source>
        <translation>تحتاج المرحلة إلى مُخرَج.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="45" />
        <source>Unknown OGP value “{value}”. Known values: transparency, accountability, participation, technology.</source>
        <translation>قيمة شراكة الحكومة المفتوحة «{value}» غير معروفة. القيم المعروفة: transparency (الشفافية)، accountability (المساءلة)، participation (المشاركة)، technology (التكنولوجيا).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="50" />
        <source>The end date {end} comes before the start date {start}.</source>
        <translation>تاريخ النهاية {end} يسبق تاريخ البداية {start}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="51" />
        <source>“{name}” is not a field that can be edited here.</source>
        <translation>«{name}» ليس حقلًا يمكن تعديله هنا.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="52" />
        <source>A committee seat needs a person, an institution or at least a label.</source>
        <translation>يحتاج المقعد في اللجنة إلى شخص أو مؤسسة أو على الأقل إلى تسمية.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/edits.py" line="21" />
        <source>row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="18" />
        <source>Something went wrong: {detail}</source>
        <translation>حدث خطأ: {detail}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="35" />
        <source>No {what} matches “{query}”.</source>
        <translation>لا يوجد {what} يطابق «{query}».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="39" />
        <source>“{query}” matches several {what}: {candidates}. Be more precise.</source>
        <translation>«{query}» يطابق عدة {what}: {candidates}. يُرجى التدقيق أكثر.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="45" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="49" />
        <source>The meeting “{title}” is approved and locked; reopen it before changing it.</source>
        <translation>الاجتماع «{title}» مصادق عليه ومقفل؛ أعد فتحه قبل تعديله.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="32" />
        <source>meetings</source>
        <translation>اجتماعات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="33" />
        <source>process</source>
        <translation>مسار</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="34" />
        <source>processes</source>
        <translation>مسارات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="35" />
        <source>Unknown meeting kind “{kind}”. Known kinds: {known}.</source>
        <translation>نوع الاجتماع «{kind}» غير معروف. الأنواع المعروفة: {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="36" />
        <source>A meeting that is {current} cannot be marked {target}.</source>
        <translation>لا يمكن وضع اجتماع حالته {current} في الحالة {target}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="37" />
        <source>A meeting needs a title.</source>
        <translation>يحتاج الاجتماع إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="38" />
        <source>The meeting “{title}” is not approved: there is nothing to reopen.</source>
        <translation>الاجتماع «{title}» غير مصادق عليه: لا شيء لإعادة فتحه.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="48" />
        <location filename="../ogpdesk/core/textio.py" line="29" />
        <source>“{path}” cannot be read: {reason}</source>
        <translation>تعذّرت قراءة «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="49" />
        <source>“{path}” is an old Excel file (.xls) or another binary format. Save it as .xlsx or as CSV UTF-8 and import that.</source>
        <translation>«{path}» ملف Excel قديم (.xls) أو بصيغة ثنائية أخرى. احفظه بصيغة .xlsx أو CSV UTF-8 ثم استورده.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="54" />
        <source>“{path}” is not a readable Excel workbook (damaged or not .xlsx): {reason}</source>
        <translation>«{path}» ليس مصنف Excel قابلًا للقراءة (تالف أو ليس بصيغة .xlsx): {reason}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="57" />
        <source>“{path}” holds no rows to import.</source>
        <translation>«{path}» لا يحتوي على أسطر للاستيراد.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="58" />
        <source>No column of names was found in “{path}”. Its headers are: {headers}. Name a column “Name”, “Nom” or “الاسم”.</source>
        <translation>لم يُعثر على عمود للأسماء في «{path}». عناوين أعمدته: {headers}. سمِّ عمودًا «الاسم» أو «Nom» أو «Name».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="63" />
        <source>A participant needs a name.</source>
        <translation>يحتاج المشارك إلى اسم.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="64" />
        <source>no name</source>
        <translation>دون اسم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="65" />
        <source>{column} is longer than {limit} characters and cannot be kept</source>
        <translation>{column} أطول من {limit} حرفًا ولا يمكن حفظه</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="68" />
        <source>{column} “{value}” not understood, left empty</source>
        <translation>{column} «{value}» غير مفهوم، تُرك فارغًا</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="69" />
        <source>same person as row {row}, imported once</source>
        <translation>الشخص نفسه في السطر {row}، استُورد مرة واحدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="186" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="187" />
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="188" />
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="189" />
        <source>Stakeholder group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="190" />
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="191" />
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="192" />
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="193" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="194" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="195" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="40" />
        <source>“{text}” is not a quarter; write it like 2025Q3 (year, Q, 1 to 4).</source>
        <translation>«{text}» ليست ثلاثية؛ اكتبها على شكل 2025Q3 (السنة، ثم Q، ثم رقم من 1 إلى 4).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="43" />
        <source>The meeting “{title}” belongs to no action plan, so it has no progress to review.</source>
        <translation>الاجتماع «{title}» لا ينتمي إلى أي خطة عمل، فلا تقدّم فيه للمراجعة.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="46" />
        <source>A percentage must be a whole number from 0 to 100, not “{value}”.</source>
        <translation>يجب أن تكون النسبة المئوية عددًا صحيحًا من 0 إلى 100، لا «{value}».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="49" />
        <source>Unknown progress status “{value}”. Known: not_started, limited, substantial, completed, withdrawn.</source>
        <translation>حالة التقدّم «{value}» غير معروفة. الحالات المعروفة: not_started (لم ينطلق)، limited (محدود)، substantial (كبير)، completed (مكتمل)، withdrawn (مسحوب).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="54" />
        <source>“{name}” is not a field of a progress review.</source>
        <translation>«{name}» ليس حقلًا من حقول مراجعة التقدّم.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="55" />
        <source>This progress row was not reviewed at a meeting; record the decision in a meeting.</source>
        <translation>لم تُراجَع هذه الحالة في اجتماع؛ سجّل القرار في اجتماع.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="58" />
        <source>Nothing to record: the text is empty.</source>
        <translation>لا شيء للتسجيل: النص فارغ.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="33" />
        <source>A proposal needs its text.</source>
        <translation>يحتاج المقترح إلى نصه.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="34" />
        <source>Say why the proposal is rejected: the reason is given back to its author.</source>
        <translation>اذكر سبب رفض المقترح: يُبلَّغ السبب إلى صاحبه.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="37" />
        <source>The proposal and commitment {number} belong to different action plans.</source>
        <translation>المقترح والالتزام {number} ينتميان إلى خطتي عمل مختلفتين.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="40" />
        <source>A proposal cannot be merged into itself.</source>
        <translation>لا يمكن دمج مقترح في نفسه.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="41" />
        <source>These proposals are already merged the other way round; merge the other one.</source>
        <translation>هذان المقترحان مدمجان مسبقًا في الاتجاه المعاكس؛ ادمج الآخر.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="44" />
        <source>Only proposals of the same action plan can be merged.</source>
        <translation>لا يمكن دمج إلا مقترحات خطة العمل نفسها.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="35" />
        <source>recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="36" />
        <source>intervention</source>
        <translation>مداخلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="37" />
        <source>A recommendation needs a text.</source>
        <translation>تحتاج التوصية إلى نص.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="38" />
        <source>A recommendation has no field “{field}”.</source>
        <translation>لا يوجد حقل «{field}» في التوصية.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="39" />
        <source>Unknown priority “{value}”. Known priorities: {known}.</source>
        <translation>الأولوية «{value}» غير معروفة. الأولويات المعروفة: {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="40" />
        <source>Unknown status “{value}”. Known statuses: {known}.</source>
        <translation>الحالة «{value}» غير معروفة. الحالات المعروفة: {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="41" />
        <source>A recommendation becomes “merged” only by merging it into another one.</source>
        <translation>لا تصبح التوصية «مدمجة» إلا بدمجها في توصية أخرى.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="44" />
        <source>Recommendation {number} was already merged into another one; undo that merge before changing it.</source>
        <translation>التوصية {number} مدمجة مسبقًا في توصية أخرى؛ ألغِ هذا الدمج قبل تعديلها.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="49" />
        <source>Select at least two recommendations to merge.</source>
        <translation>اختر توصيتين على الأقل لدمجهما.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="50" />
        <source>Only recommendations of the same meeting or the same process can be merged.</source>
        <translation>لا يمكن دمج إلا توصيات الاجتماع نفسه أو المسار نفسه.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="53" />
        <source>Splitting a recommendation needs a text for each of the two parts.</source>
        <translation>تقسيم التوصية يحتاج إلى نص لكل جزء من الجزأين.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="56" />
        <source>That intervention was made in another meeting or process; a recommendation can only stem from its own.</source>
        <translation>تمّت هذه المداخلة في اجتماع أو مسار آخر؛ لا تنبثق التوصية إلا من مداخلات اجتماعها أو مسارها.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="61" />
        <source>The new order must list each recommendation of the meeting exactly once.</source>
        <translation>يجب أن يتضمّن الترتيب الجديد كل توصية من توصيات الاجتماع مرة واحدة بالضبط.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/speakers.py" line="34" />
        <source>A raised hand needs the name of the person.</source>
        <translation>طلب الكلمة يحتاج إلى اسم الشخص.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/speakers.py" line="35" />
        <source>A time limit must be a whole number of seconds above zero, not “{value}”.</source>
        <translation>يجب أن تكون المدة المحددة عددًا صحيحًا من الثواني أكبر من الصفر، لا «{value}».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="36" />
        <source>“{path}” is not an ogpdesk database: it is not a database file at all.</source>
        <translation>«{path}» ليس قاعدة بيانات ogpdesk: ليس ملف قاعدة بيانات أصلًا.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="39" />
        <source>“{path}” is a database, but not an ogpdesk database. It was left untouched.</source>
        <translation>«{path}» قاعدة بيانات، لكنها ليست قاعدة بيانات ogpdesk. تُرك الملف دون تغيير.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="42" />
        <source>“{path}” is damaged (truncated or corrupt) and cannot be opened. It was left untouched; restore it from a backup copy.</source>
        <translation>«{path}» تالف (مبتور أو معطوب) ولا يمكن فتحه. تُرك دون تغيير؛ استرجعه من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="47" />
        <source>“{path}” was written by a newer version of ogpdesk (schema {revision}). Install the newer version to open it; the file was left untouched.</source>
        <translation>«{path}» كُتب بإصدار أحدث من ogpdesk (المخطط {revision}). ثبّت الإصدار الأحدث لفتحه؛ تُرك الملف دون تغيير.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="52" />
        <source>“{path}” is a folder, not a database file.</source>
        <translation>«{path}» مجلد، وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="53" />
        <source>The folder of “{path}” does not exist.</source>
        <translation>مجلد «{path}» غير موجود.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="54" />
        <source>The disk is full: the last change was not saved. Free some space and try again.</source>
        <translation>القرص ممتلئ: لم يُحفظ التغيير الأخير. حرّر بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="57" />
        <source>The database cannot be written (read-only file or folder): the last change was not saved.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات (ملف أو مجلد للقراءة فقط): لم يُحفظ التغيير الأخير.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="61" />
        <source>The database refused the change: {detail}</source>
        <translation>رفضت قاعدة البيانات التغيير: {detail}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="62" />
        <source>“{path}” could not be upgraded to this version of ogpdesk ({detail}). It was left as it was; a copy taken before the upgrade is “{backup}”.</source>
        <translation>تعذّرت ترقية «{path}» إلى هذا الإصدار من ogpdesk ({detail}). تُرك كما كان؛ النسخة المأخوذة قبل الترقية هي «{backup}».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/textio.py" line="30" />
        <source>“{path}” is not a text file: it contains binary data (a spreadsheet, a PDF?).</source>
        <translation>«{path}» ليس ملفًا نصيًا: يحتوي على بيانات ثنائية (جدول بيانات؟ ملف PDF؟).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/textio.py" line="33" />
        <source>“{path}” starts as {encoding} text but is damaged at byte {offset}.</source>
        <translation>«{path}» يبدأ كنص بترميز {encoding} لكنه تالف عند البايت {offset}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/textio.py" line="36" />
        <source>The encoding of “{path}” could not be recognised with confidence. Save it as UTF-8 (Notepad: Save as, Encoding UTF-8; Excel: CSV UTF-8) and try again.</source>
        <translation>تعذّر التعرّف بثقة على ترميز «{path}». احفظه بترميز UTF-8 (في المفكرة: حفظ باسم، الترميز UTF-8؛ في Excel: CSV UTF-8) وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/timeline.py" line="31" />
        <source>The text cannot be empty.</source>
        <translation>لا يمكن أن يكون النص فارغًا.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/timeline.py" line="32" />
        <source>item</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/timeline.py" line="33" />
        <source>The agenda changed while it was being reordered; nothing was moved.</source>
        <translation>تغيّر جدول الأعمال أثناء إعادة ترتيبه؛ لم يُنقل أي شيء.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="41" />
        <source>Reopened on {when} by {who}.</source>
        <translation>أُعيد فتحه في {when} من قِبل {who}.</translation>
    </message>
</context>
</TS>