<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished">المواضيع</translation>
    </message>
    <message>
        <source>What the texts are about</source>
        <translation type="unfinished">عمّا تتحدث النصوص</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished">المواقف</translation>
    </message>
    <message>
        <source>Who writes, where, to whom</source>
        <translation type="unfinished">من يكتب، وأين، ولمن</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished">مستويات اللغة</translation>
    </message>
    <message>
        <source>Formal, casual, slang…</source>
        <translation type="unfinished">رسمية، عامية، دارجة…</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation type="unfinished">الأشكال</translation>
    </message>
    <message>
        <source>A text message, a headline…</source>
        <translation type="unfinished">رسالة نصية، عنوان خبر…</translation>
    </message>
    <message>
        <source>Ask the teacher to propose</source>
        <translation type="unfinished">اطلب اقتراحات من المعلّم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">حفظ</translation>
    </message>
    <message>
        <source>One entry a line. Every label meets every combination before any repeats.</source>
        <translation type="unfinished">إدخال واحد في كل سطر. تلتقي كل فئة بكل تركيبة قبل أن يتكرر أي منها.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished">لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>None yet: ask the teacher, or type your own.</source>
        <translation type="unfinished">لا شيء بعد: اطلب من المعلّم، أو اكتب ما تريد بنفسك.</translation>
    </message>
    <message>
        <source>Saved: {n} combinations.</source>
        <translation type="unfinished">تم الحفظ: {n} تركيبة.</translation>
    </message>
</context>
<context>
    <name>AutoLearningRate</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished">تلقائي</translation>
    </message>
</context>
<context>
    <name>BaseChooser</name>
    <message>
        <source>Student</source>
        <translation type="unfinished">الطالب</translation>
    </message>
    <message>
        <source>Recommended, not on this computer (type an id below to download one):</source>
        <translation type="unfinished">مُوصى بها، وليست على هذا الكمبيوتر (اكتب معرّفًا أدناه لتنزيل أحدها):</translation>
    </message>
    <message>
        <source>Other model folder…</source>
        <translation type="unfinished">مجلد نموذج آخر…</translation>
    </message>
    <message>
        <source>or a Hugging Face model id, e.g. FacebookAI/xlm-roberta-base</source>
        <translation type="unfinished">أو معرّف نموذج من Hugging Face، مثل FacebookAI/xlm-roberta-base</translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation type="unfinished">معرّف نموذج Hugging Face</translation>
    </message>
    <message>
        <source>Use this id</source>
        <translation type="unfinished">استخدم هذا المعرّف</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished">التوصية</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">الطالب السريع</translation>
    </message>
    <message>
        <source>Quick student — character n-grams, trains in seconds on any computer, works for any script</source>
        <translation type="unfinished">الطالب السريع — يعتمد على مقاطع الحروف، ويتدرّب في ثوانٍ على أي كمبيوتر، ويعمل مع أي نظام كتابة</translation>
    </message>
    <message>
        <source>Downloaded when training starts (about {mb} MB).</source>
        <translation type="unfinished">يُنزَّل عند بدء التدريب (نحو {mb} MB).</translation>
    </message>
    <message>
        <source>Downloaded when training starts.</source>
        <translation type="unfinished">يُنزَّل عند بدء التدريب.</translation>
    </message>
    <message>
        <source>{name} ({id}): {params:.0f} M parameters, {mb} MB, licence {licence}. {languages}. {notes}
Not downloaded: type its id to download.</source>
        <translation type="unfinished">{name} ({id}): {params:.0f} مليون مُعامل، {mb} MB، الترخيص {licence}. {languages}. {notes}
غير مُنزَّل: اكتب معرّفه لتنزيله.</translation>
    </message>
    <message>
        <source>Choose the folder of a pretrained model</source>
        <translation type="unfinished">اختر مجلد نموذج مُدرَّب مسبقًا</translation>
    </message>
    <message>
        <source>{text} is neither a model folder nor a Hugging Face model id (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">{text} ليس مجلد نموذج ولا معرّف نموذج من Hugging Face (مثل FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished">جيدة</translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished">مقبولة</translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished">ضعيفة</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">المراجعة</translation>
    </message>
    <message>
        <source>Let the teacher&apos;s examples be chosen as usual for {n} samples?</source>
        <translation type="unfinished">هل تريد أن تُختار أمثلة المعلّم كالمعتاد لـ {n} عيّنة؟</translation>
    </message>
    <message>
        <source>Accept {n} samples?</source>
        <translation type="unfinished">هل تريد قبول {n} عيّنة؟</translation>
    </message>
    <message>
        <source>Reject {n} samples as “{reason}”?</source>
        <translation type="unfinished">هل تريد رفض {n} عيّنة بسبب «{reason}»؟</translation>
    </message>
    <message>
        <source>Relabel {n} samples as “{label}”?</source>
        <translation type="unfinished">هل تريد تغيير فئة {n} عيّنة إلى «{label}»؟</translation>
    </message>
    <message>
        <source>Pin {n} samples as examples for the teacher?</source>
        <translation type="unfinished">هل تريد تثبيت {n} عيّنة كأمثلة للمعلّم؟</translation>
    </message>
    <message>
        <source>Exclude {n} samples from the teacher&apos;s examples?</source>
        <translation type="unfinished">هل تريد استبعاد {n} عيّنة من أمثلة المعلّم؟</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished">قبول</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished">رفض…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation type="unfinished">تغيير الفئة…</translation>
    </message>
    <message>
        <source>Teacher examples…</source>
        <translation type="unfinished">أمثلة المعلّم…</translation>
    </message>
    <message>
        <source>Pin as examples for the teacher</source>
        <translation type="unfinished">تثبيت كأمثلة للمعلّم</translation>
    </message>
    <message>
        <source>Exclude from the teacher&apos;s examples</source>
        <translation type="unfinished">استبعاد من أمثلة المعلّم</translation>
    </message>
    <message>
        <source>Neither: chosen as usual</source>
        <translation type="unfinished">لا هذا ولا ذاك: تُختار كالمعتاد</translation>
    </message>
    <message>
        <source>{n} selected:</source>
        <translation type="unfinished">تم تحديد {n}:</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatMap</name>
    <message>
        <source>Confusion matrix: true labels by row, predicted by column</source>
        <translation type="unfinished">مصفوفة الالتباس: الفئات الصحيحة في الصفوف، والمتوقَّعة في الأعمدة</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {n} ({p} % of {true})</source>
        <translation type="unfinished">الصحيحة {true}، المتوقَّعة {predicted}: {n} ({p} % من {true})</translation>
    </message>
    <message>
        <source>The confusion matrix appears here after an evaluation.</source>
        <translation type="unfinished">تظهر مصفوفة الالتباس هنا بعد التقييم.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished">المتوقَّعة</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">الصحيحة</translation>
    </message>
</context>
<context>
    <name>CoverageCheck</name>
    <message>
        <source>No pretrained base is on this computer yet: the quick student works for any script. Choose a model folder or type a model id to check how well a base covers {language}.</source>
        <translation type="unfinished">لا يوجد نموذج أساسي مُدرَّب مسبقًا على هذا الكمبيوتر بعد: الطالب السريع يعمل مع أي نظام كتابة. اختر مجلد نموذج أو اكتب معرّف نموذج لتتحقق من مدى تغطية نموذج أساسي للغة {language}.</translation>
    </message>
    <message>
        <source>Checking how well each base covers {language}…</source>
        <translation type="unfinished">جارٍ التحقق من مدى تغطية كل نموذج أساسي للغة {language}…</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: once samples are generated or texts are imported, each base&apos;s coverage of the language is checked here.</source>
        <translation type="unfinished">لا توجد نصوص بلغة {language} بعد: بعد توليد العيّنات أو استيراد النصوص، يُفحص هنا مدى تغطية كل نموذج أساسي للغة.</translation>
    </message>
</context>
<context>
    <name>DemosDialog</name>
    <message>
        <source>your example</source>
        <translation type="unfinished">مثالك</translation>
    </message>
    <message>
        <source>your text, labelled by the teacher</source>
        <translation type="unfinished">نصّك، صنّفه المعلّم</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">مُولَّد</translation>
    </message>
    <message>
        <source>Examples the teacher sees</source>
        <extracomment>A choice was stored: the page&apos;s line should count again.</extracomment>
        <translation type="unfinished">الأمثلة التي يراها المعلّم</translation>
    </message>
    <message>
        <source>With few-shot generation the teacher sees these accepted samples as examples, {n} per label. Pin a sample to always show it; exclude one to never show it. The rest are picked to differ from each other, your own texts first.</source>
        <translation type="unfinished">عند التوليد بأمثلة قليلة يرى المعلّم هذه العيّنات المقبولة كأمثلة، {n} لكل فئة. ثبّت عيّنة لتظهر دائمًا، واستبعد أخرى كي لا تظهر أبدًا. أما الباقي فيُختار بحيث يختلف بعضه عن بعض، ونصوصك أولًا.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished">تثبيت</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished">استبعاد</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">الفئة</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">النص</translation>
    </message>
</context>
<context>
    <name>DemosLine</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">اختيار…</translation>
    </message>
    <message>
        <source>Examples the teacher sees: {n} per label</source>
        <translation type="unfinished">الأمثلة التي يراها المعلّم: {n} لكل فئة</translation>
    </message>
    <message>
        <source>({n} pinned)</source>
        <translation type="unfinished">({n} مثبّتة)</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <source>unusable characters</source>
        <extracomment>Every reason core records (core.filters, core.generation, core.annotation), in words.</extracomment>
        <translation type="unfinished">أحرف غير صالحة</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation type="unfinished">نص فارغ</translation>
    </message>
    <message>
        <source>text too short</source>
        <translation type="unfinished">نص قصير جدًا</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation type="unfinished">نص طويل جدًا</translation>
    </message>
    <message>
        <source>same as an earlier text</source>
        <translation type="unfinished">مطابق لنص سابق</translation>
    </message>
    <message>
        <source>almost the same as an earlier text</source>
        <translation type="unfinished">يكاد يطابق نصًا سابقًا</translation>
    </message>
    <message>
        <source>copies one of your examples</source>
        <translation type="unfinished">ينسخ أحد أمثلتك</translation>
    </message>
    <message>
        <source>written in the wrong script</source>
        <translation type="unfinished">مكتوب بنظام كتابة خاطئ</translation>
    </message>
    <message>
        <source>not in the project&apos;s language</source>
        <translation type="unfinished">ليس بلغة المشروع</translation>
    </message>
    <message>
        <source>cut off (too long)</source>
        <translation type="unfinished">مقطوع (طويل جدًا)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished">ليس JSON صالحًا</translation>
    </message>
    <message>
        <source>wrong reply format</source>
        <translation type="unfinished">صيغة رد خاطئة</translation>
    </message>
    <message>
        <source>unknown label</source>
        <translation type="unfinished">فئة غير معروفة</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">فئة خاطئة</translation>
    </message>
    <message>
        <source>not needed: the label already had enough</source>
        <translation type="unfinished">غير مطلوب: لدى الفئة ما يكفي</translation>
    </message>
    <message>
        <source>the teacher did not answer</source>
        <translation type="unfinished">لم يُجب المعلّم</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: does not fit the label</source>
        <translation type="unfinished">فحص المعلّم: لا يناسب الفئة</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: not in the language</source>
        <translation type="unfinished">فحص المعلّم: ليس باللغة المطلوبة</translation>
    </message>
    <message>
        <source>the teacher&apos;s check could not be read</source>
        <translation type="unfinished">تعذّرت قراءة فحص المعلّم</translation>
    </message>
    <message>
        <source>the teacher&apos;s label could not be read</source>
        <translation type="unfinished">تعذّرت قراءة الفئة التي اختارها المعلّم</translation>
    </message>
</context>
<context>
    <name>DiscardsDialog</name>
    <message>
        <source>Discarded replies</source>
        <translation type="unfinished">الردود المستبعدة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">الفئة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">التفاصيل</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished">الرد</translation>
    </message>
    <message>
        <source>Choose a row to see the whole reply.</source>
        <translation type="unfinished">اختر صفًا لرؤية الرد كاملًا.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">عرض</translation>
    </message>
    <message>
        <source>Every reason ({n})</source>
        <translation type="unfinished">كل الأسباب ({n})</translation>
    </message>
    <message>
        <source>the newest {n}</source>
        <translation type="unfinished">أحدث {n}</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation type="unfinished">المعروض {n}</translation>
    </message>
    <message>
        <source>(no reply: {detail})</source>
        <translation type="unfinished">(لا رد: {detail})</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Score</source>
        <translation type="unfinished">التقييم</translation>
    </message>
    <message>
        <source>Compare your students with the teacher on your gold examples — texts you labelled yourself. Score the teacher once, then score each new student; a student that beats the teacher is worth exporting.</source>
        <translation type="unfinished">قارن طلابك بالمعلّم على أمثلتك الذهبية — وهي نصوص صنّفتها بنفسك. قيّم المعلّم مرة واحدة، ثم قيّم كل طالب جديد؛ والطالب الذي يتفوّق على المعلّم يستحق التصدير.</translation>
    </message>
    <message>
        <source>There are no gold examples yet. On the Review page press “Add a gold example…” for a few texts of each label as your users write them, or import a file of labelled texts as gold examples (File › Import data…, or “shule import PROJECT FILE --as gold”).</source>
        <translation type="unfinished">لا توجد أمثلة ذهبية بعد. في صفحة المراجعة اضغط «إضافة مثال ذهبي…» لبضعة نصوص من كل فئة كما يكتبها مستخدموك، أو استورد ملف نصوص مصنّفة كأمثلة ذهبية (ملف › استيراد بيانات…، أو «shule import PROJECT FILE --as gold»).</translation>
    </message>
    <message>
        <source>Score the teacher</source>
        <translation type="unfinished">قيّم المعلّم</translation>
    </message>
    <message>
        <source>Ask the teacher to label every gold text, as if it were the classifier</source>
        <translation type="unfinished">اطلب من المعلّم تصنيف كل نص ذهبي، كأنه هو المصنِّف</translation>
    </message>
    <message>
        <source>Score students</source>
        <translation type="unfinished">قيّم الطلاب</translation>
    </message>
    <message>
        <source>Score every student that has no score on the current gold set, one after another</source>
        <translation type="unfinished">قيّم كل طالب ليس له نتيجة على المجموعة الذهبية الحالية، واحدًا تلو الآخر</translation>
    </message>
    <message>
        <source>Scoring stopped.</source>
        <translation type="unfinished">توقّف التقييم.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished">الحكم</translation>
    </message>
    <message>
        <source>Scores are macro-F1 on your gold examples: the average, over labels, of how well each label is found; 1.0 is perfect. 10 points are 0.10.</source>
        <translation type="unfinished">النتائج هي macro-F1 على أمثلتك الذهبية: متوسط مدى نجاح التعرّف على كل فئة عبر الفئات؛ و1.0 هي النتيجة المثالية. 10 نقاط تساوي 0.10.</translation>
    </message>
    <message>
        <source>macro-F1 per model; the dashed line is the teacher&apos;s score</source>
        <translation type="unfinished">macro-F1 لكل نموذج؛ الخط المتقطع هو نتيجة المعلّم</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">النموذج</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation type="unfinished">macro-F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished">الدقة</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation type="unfinished">عيّنات التدريب</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">الحجم على القرص</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">الوقت لكل نص</translation>
    </message>
    <message>
        <source>Scored on</source>
        <translation type="unfinished">قُيّم على</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished">لوحة النتائج</translation>
    </message>
    <message>
        <source>macro-F1: the average, over labels, of how well each label is found: 1.0 is perfect. A rare label counts as much as a common one.</source>
        <translation type="unfinished">macro-F1: متوسط مدى نجاح التعرّف على كل فئة عبر الفئات: 1.0 هي النتيجة المثالية. الفئة النادرة تُحسب بقدر الفئة الشائعة.</translation>
    </message>
    <message>
        <source>Accuracy: the share of gold texts given the right label.</source>
        <translation type="unfinished">الدقة: نسبة النصوص الذهبية التي أُعطيت الفئة الصحيحة.</translation>
    </message>
    <message>
        <source>Latency: how long the model takes to label one text on this computer.</source>
        <translation type="unfinished">زمن الاستجابة: المدة التي يستغرقها النموذج لتصنيف نص واحد على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>What the model takes on disk (the teacher&apos;s file, when it is local).</source>
        <translation type="unfinished">المساحة التي يشغلها النموذج على القرص (ملف المعلّم، إن كان محليًا).</translation>
    </message>
    <message>
        <source>How many samples the student was trained on, by where they came from.</source>
        <translation type="unfinished">عدد العيّنات التي تدرّب عليها الطالب، بحسب مصدرها.</translation>
    </message>
    <message>
        <source>Teacher: </source>
        <translation type="unfinished">المعلّم: </translation>
    </message>
    <message>
        <source>Teacher scored.</source>
        <translation type="unfinished">تم تقييم المعلّم.</translation>
    </message>
    <message>
        <source>student {i} of {n} · </source>
        <translation type="unfinished">الطالب {i} من {n} · </translation>
    </message>
    <message>
        <source>1 student scored.</source>
        <translation type="unfinished">تم تقييم طالب واحد.</translation>
    </message>
    <message>
        <source>{n} students scored.</source>
        <translation type="unfinished">تم تقييم {n} طلاب.</translation>
    </message>
    <message>
        <source>Add gold examples first: there is nothing to score on.</source>
        <translation type="unfinished">أضف أمثلة ذهبية أولًا: لا يوجد ما يُقيَّم عليه.</translation>
    </message>
    <message>
        <source>Choose a teacher to score it.</source>
        <translation type="unfinished">اختر معلّمًا لتقييمه.</translation>
    </message>
    <message>
        <source>Train a student to score it.</source>
        <translation type="unfinished">درّب طالبًا لتقييمه.</translation>
    </message>
    <message>
        <source>Every student is scored on the current gold set.</source>
        <translation type="unfinished">تم تقييم كل الطلاب على المجموعة الذهبية الحالية.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>{n} gold texts</source>
        <translation type="unfinished">{n} نص ذهبي</translation>
    </message>
    <message>
        <source>gold set changed since: score again</source>
        <translation type="unfinished">تغيّرت المجموعة الذهبية منذ ذلك الحين: أعد التقييم</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">الطالب السريع</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">المعلّم</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">طالب</translation>
    </message>
    <message>
        <source>Rows marked “score again” were scored on an earlier gold set and are left out of this comparison.</source>
        <translation type="unfinished">الصفوف المعلَّمة بـ«أعد التقييم» قُيّمت على مجموعة ذهبية سابقة، ولذلك استُبعدت من هذه المقارنة.</translation>
    </message>
    <message>
        <source>{name} (teacher)</source>
        <translation type="unfinished">{name} (المعلّم)</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s} against the teacher&apos;s {t}</source>
        <translation type="unfinished">أفضل طالب، {name}، نتيجته {s} مقابل {t} للمعلّم</translation>
    </message>
    <message>
        <source>: 1 point better.</source>
        <translation type="unfinished">: أفضل بنقطة واحدة.</translation>
    </message>
    <message>
        <source>Nothing is scored on the current gold set yet: score the teacher and your students.</source>
        <translation type="unfinished">لم يُقيَّم شيء على المجموعة الذهبية الحالية بعد: قيّم المعلّم وطلابك.</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished">{ms} ms</translation>
    </message>
    <message>
        <source>The teacher scores {t}. Score your students to compare them with it.</source>
        <translation type="unfinished">نتيجة المعلّم {t}. قيّم طلابك لمقارنتهم به.</translation>
    </message>
    <message>
        <source>: as good, not yet better. Review more samples or train a larger student.</source>
        <translation type="unfinished">: بالمستوى نفسه، وليس أفضل بعد. راجع مزيدًا من العيّنات أو درّب طالبًا أكبر.</translation>
    </message>
    <message>
        <source>: not yet better than the teacher. Review more samples or train a larger student.</source>
        <translation type="unfinished">: ليس أفضل من المعلّم بعد. راجع مزيدًا من العيّنات أو درّب طالبًا أكبر.</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s}. Score the teacher to see whether the student beats it.</source>
        <translation type="unfinished">أفضل طالب، {name}، نتيجته {s}. قيّم المعلّم لترى هل يتفوّق عليه الطالب.</translation>
    </message>
    <message>
        <source>: {points} points better.</source>
        <translation type="unfinished">: أفضل بـ{points} نقطة.</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <source>CSV</source>
        <extracomment>(format, name, what the result holds)</extracomment>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>One table with the columns text, label, source, id and split; opens in any spreadsheet.</source>
        <translation type="unfinished">جدول واحد بالأعمدة text وlabel وsource وid وsplit؛ يُفتح في أي برنامج جداول بيانات.</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished">JSON Lines</translation>
    </message>
    <message>
        <source>One JSON object per line, with text, label, source, id and split.</source>
        <translation type="unfinished">كائن JSON واحد في كل سطر، يحتوي text وlabel وsource وid وsplit.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">مصنّف Excel</translation>
    </message>
    <message>
        <source>One sheet with the columns text, label, source, id and split.</source>
        <translation type="unfinished">ورقة واحدة بالأعمدة text وlabel وsource وid وsplit.</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation type="unfinished">Parquet</translation>
    </message>
    <message>
        <source>A compact column file for pandas, Polars or Spark.</source>
        <translation type="unfinished">ملف أعمدة مضغوط لـ pandas أو Polars أو Spark.</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation type="unfinished">مجلد مجموعة بيانات Hugging Face</translation>
    </message>
    <message>
        <source>A folder with train, validation and test files and a dataset card (README.md), ready to upload.</source>
        <translation type="unfinished">مجلد فيه ملفات التدريب والتحقق والاختبار وبطاقة مجموعة البيانات (README.md)، جاهز للرفع.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">تصدير البيانات</translation>
    </message>
    <message>
        <source>1 accepted sample</source>
        <translation type="unfinished">عيّنة مقبولة واحدة</translation>
    </message>
    <message>
        <source>{n} accepted samples</source>
        <translation type="unfinished">{n} عيّنة مقبولة</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">مثال ذهبي واحد</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">{n} مثال ذهبي</translation>
    </message>
    <message>
        <source>Include the gold examples (as the test split)</source>
        <translation type="unfinished">تضمين الأمثلة الذهبية (كجزء الاختبار)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">اختيار…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">تصدير</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished">البيانات</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">الصيغة</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">الحفظ في</translation>
    </message>
    <message>
        <source>Choose where to save the data.</source>
        <translation type="unfinished">اختر مكان حفظ البيانات.</translation>
    </message>
    <message>
        <source>Written to the folder {path} (train, validation and test files and README.md).</source>
        <translation type="unfinished">كُتبت في المجلد {path} (ملفات التدريب والتحقق والاختبار وREADME.md).</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished">كُتبت في {path}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <extracomment>An export finished: the bundle&apos;s folder. The user asked to try the exported model (the window shows the Try it step).</extracomment>
        <translation type="unfinished">التصدير</translation>
    </message>
    <message>
        <source>Save a trained model as a folder that runs offline on any computer with onnxruntime, and see how fast and how good each version of it is.</source>
        <translation type="unfinished">احفظ نموذجًا مُدرَّبًا كمجلد يعمل دون اتصال على أي كمبيوتر فيه onnxruntime، واطّلع على سرعة كل نسخة منه وجودتها.</translation>
    </message>
    <message>
        <source>Choose where to save the exported model</source>
        <translation type="unfinished">اختر مكان حفظ النموذج المُصدَّر</translation>
    </message>
    <message>
        <source>Folder for the exported model</source>
        <translation type="unfinished">مجلد النموذج المُصدَّر</translation>
    </message>
    <message>
        <source>Also make a small int8 version (faster on CPUs)</source>
        <translation type="unfinished">أنشئ أيضًا نسخة int8 صغيرة (أسرع على CPU)</translation>
    </message>
    <message>
        <source>Largest accuracy loss allowed for int8</source>
        <translation type="unfinished">أكبر خسارة مسموح بها في الدقة لنسخة int8</translation>
    </message>
    <message>
        <source> points of macro-F1</source>
        <translation type="unfinished"> نقطة من macro-F1</translation>
    </message>
    <message>
        <source>Macro-F1 says how well a model labels texts: the share it gets right, averaged over the labels so that a rare label counts as much as a common one (100 points is perfect). If the small version scores more points lower than this, Shule recommends the full one.</source>
        <translation type="unfinished">يقيس macro-F1 مدى جودة النموذج في تصنيف النصوص: نسبة ما يصيب فيه، بمتوسط على الفئات بحيث تُحسب الفئة النادرة بقدر الفئة الشائعة (100 نقطة هي النتيجة المثالية). إذا كانت نتيجة النسخة الصغيرة أقل من هذا بعدد أكبر من النقاط، يوصي Shule بالنسخة الكاملة.</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation type="unfinished">توقّف التصدير.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished">تم حفظ {path}.</translation>
    </message>
    <message>
        <source>For a field device</source>
        <translation type="unfinished">لجهاز ميداني</translation>
    </message>
    <message>
        <source>Install once:</source>
        <translation type="unfinished">ثبّت مرة واحدة:</translation>
    </message>
    <message>
        <source>Then run:</source>
        <translation type="unfinished">ثم شغّل:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">فتح المجلد</translation>
    </message>
    <message>
        <source>Save as zip…</source>
        <translation type="unfinished">حفظ كملف zip…</translation>
    </message>
    <message>
        <source>Try it…</source>
        <translation type="unfinished">تجربة…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">النموذج</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">الحفظ في</translation>
    </message>
    <message>
        <source>The small version may lose at most</source>
        <translation type="unfinished">أقصى ما قد تخسره النسخة الصغيرة</translation>
    </message>
    <message>
        <source>Choose a folder to save the exported model in.</source>
        <translation type="unfinished">اختر مجلدًا لحفظ النموذج المُصدَّر فيه.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation type="unfinished">جارٍ حفظ {path}…</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>Checked on {n} gold examples (labelled by you).</source>
        <translation type="unfinished">تم الفحص على {n} مثال ذهبي (صنّفتها أنت).</translation>
    </message>
    <message>
        <source>Checked on {n} held-out samples the model did not learn from.</source>
        <translation type="unfinished">تم الفحص على {n} عيّنة محجوزة لم يتعلّم منها النموذج.</translation>
    </message>
    <message>
        <source>Checked on {n} unlabelled texts: they show whether the versions agree, not how good they are (no macro-F1).</source>
        <translation type="unfinished">تم الفحص على {n} نص غير مصنّف: تُظهر هل تتفق النسخ، لا مدى جودتها (بلا macro-F1).</translation>
    </message>
    <message>
        <source>Warning from the export: {code} ({details}).</source>
        <translation type="unfinished">تحذير من التصدير: {code} ({details}).</translation>
    </message>
    <message>
        <source>Copy these files from {folder} to the device, into one folder: {files}.</source>
        <translation type="unfinished">انسخ هذه الملفات من {folder} إلى الجهاز، في مجلد واحد: {files}.</translation>
    </message>
    <message>
        <source>Size of the model file: what a device must store and load.</source>
        <translation type="unfinished">حجم ملف النموذج: ما يجب أن يخزّنه الجهاز ويحمّله.</translation>
    </message>
    <message>
        <source>Milliseconds to label one text on this computer (one text at a time).</source>
        <translation type="unfinished">الملّي ثانية اللازمة لتصنيف نص واحد على هذا الكمبيوتر (نص واحد في كل مرة).</translation>
    </message>
    <message>
        <source>Texts labelled per second on this computer, 32 at a time.</source>
        <translation type="unfinished">عدد النصوص المصنّفة في الثانية على هذا الكمبيوتر، 32 نصًا في كل مرة.</translation>
    </message>
    <message>
        <source>How often this version gives the same label: the full model against the trained model, the small model against the full model.</source>
        <translation type="unfinished">مدى تكرار إعطاء هذه النسخة للفئة نفسها: النموذج الكامل مقابل النموذج المُدرَّب، والنموذج الصغير مقابل النموذج الكامل.</translation>
    </message>
    <message>
        <source>How well the version labels the test texts, from 0 to 1, averaged over the labels so that rare labels count as much as common ones. — : the texts had no labels.</source>
        <translation type="unfinished">مدى جودة تصنيف النسخة لنصوص الاختبار، من 0 إلى 1، بمتوسط على الفئات بحيث تُحسب الفئات النادرة بقدر الشائعة. — : لم تكن للنصوص فئات.</translation>
    </message>
    <message>
        <source>The version Shule suggests for devices.</source>
        <translation type="unfinished">النسخة التي يقترحها Shule للأجهزة.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">كامل (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">صغير (int8)</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation type="unfinished">تم التصدير إلى {folder}.</translation>
    </message>
    <message>
        <source>The small model scores {points:.1f} points lower than the full model (more than the {threshold:.1f} you allow): Shule recommends the full model.</source>
        <translation type="unfinished">نتيجة النموذج الصغير أقل من النموذج الكامل بـ{points:.1f} نقطة (أكثر من {threshold:.1f} التي تسمح بها): يوصي Shule بالنموذج الكامل.</translation>
    </message>
    <message>
        <source>The small model gives another label than the full model on {share:.0%} of the test texts: Shule recommends the full model.</source>
        <translation type="unfinished">يعطي النموذج الصغير فئة مختلفة عن النموذج الكامل في {share:.0%} من نصوص الاختبار: يوصي Shule بالنموذج الكامل.</translation>
    </message>
    <message>
        <source>The exported model&apos;s scores differ from the trained model&apos;s by up to {diff:.2g}: the export may be faulty. Export again; if this stays, please report it.</source>
        <translation type="unfinished">تختلف نتائج النموذج المُصدَّر عن نتائج النموذج المُدرَّب بما يصل إلى {diff:.2g}: قد يكون التصدير معيبًا. صدّر مرة أخرى؛ وإن استمر ذلك، يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished">حجم الملف</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">الوقت لكل نص</translation>
    </message>
    <message>
        <source>Texts per second</source>
        <translation type="unfinished">النصوص في الثانية</translation>
    </message>
    <message>
        <source>Same label</source>
        <translation type="unfinished">الفئة نفسها</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation type="unfinished">Macro-F1</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished">مُوصى به</translation>
    </message>
    <message>
        <source>vs the trained model</source>
        <translation type="unfinished">مقابل النموذج المُدرَّب</translation>
    </message>
    <message>
        <source>vs the full model</source>
        <translation type="unfinished">مقابل النموذج الكامل</translation>
    </message>
    <message>
        <source>✓ Recommended</source>
        <translation type="unfinished">✓ مُوصى به</translation>
    </message>
    <message>
        <source>({delta:+.1f} points)</source>
        <translation type="unfinished">({delta:+.1f} نقطة)</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished">{ms} ms</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Welcome to Shule</source>
        <translation type="unfinished">مرحبًا بك في Shule</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>The default teacher chosen so far (settings &quot;default_teacher&quot;), or None. Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">تخطٍّ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">التالي</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">لاحقًا</translation>
    </message>
    <message>
        <source>Choose a teacher later, on a project&apos;s Teacher page.</source>
        <translation type="unfinished">اختر معلّمًا لاحقًا، من صفحة «المعلّم» في أي مشروع.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">إنهاء</translation>
    </message>
    <message>
        <source>Shule makes a text classifier for your language: a teacher model writes example texts, you check them, and Shule trains a small model that runs on any computer.</source>
        <translation type="unfinished">يصنع Shule مصنِّفًا للنصوص بلغتك: نموذج معلّم يكتب نصوصًا كأمثلة، وأنت تتحقق منها، ثم يدرّب Shule نموذجًا صغيرًا يعمل على أي كمبيوتر.</translation>
    </message>
    <message>
        <source>Which language should Shule&apos;s windows and buttons use?</source>
        <translation type="unfinished">ما اللغة التي يجب أن تستخدمها نوافذ Shule وأزراره؟</translation>
    </message>
    <message>
        <source>A change takes effect the next time Shule starts.</source>
        <translation type="unfinished">يسري التغيير في المرة القادمة التي يبدأ فيها Shule.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">البحث مرة أخرى</translation>
    </message>
    <message>
        <source>A GGUF file already on this computer…</source>
        <translation type="unfinished">ملف GGUF موجود على هذا الكمبيوتر…</translation>
    </message>
    <message>
        <source>Download a recommended model…</source>
        <translation type="unfinished">تنزيل نموذج مُوصى به…</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language; Shule runs it on this computer or talks to a model server. Choose one now, or later on a project&apos;s Teacher page.</source>
        <translation type="unfinished">المعلّم نموذج لغوي كبير يكتب نصوصًا كأمثلة بلغتك؛ يشغّله Shule على هذا الكمبيوتر أو يتواصل مع خادم نماذج. اختر واحدًا الآن، أو لاحقًا من صفحة «المعلّم» في أي مشروع.</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer (Ollama, LM Studio, a llama.cpp server, vLLM)…</source>
        <translation type="unfinished">جارٍ البحث عن خوادم نماذج على هذا الكمبيوتر (Ollama، LM Studio، خادم llama.cpp، vLLM)…</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation type="unfinished">{name} على {url}</translation>
    </message>
    <message>
        <source>needs an API key: set it up on a project&apos;s Teacher page</source>
        <translation type="unfinished">يحتاج إلى مفتاح API: اضبطه من صفحة «المعلّم» في أي مشروع</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation type="unfinished">لا يوجد نموذج محمَّل</translation>
    </message>
    <message>
        <source>Model servers on this computer (choose a model):</source>
        <translation type="unfinished">خوادم النماذج على هذا الكمبيوتر (اختر نموذجًا):</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Use a GGUF model file instead, or download one.</source>
        <translation type="unfinished">لا يعمل أي خادم نماذج على هذا الكمبيوتر. استخدم ملف نموذج GGUF بدلًا من ذلك، أو نزّل واحدًا.</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">لم يُختر معلّم بعد.</translation>
    </message>
    <message>
        <source>Your teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">معلّمك: النموذج {model} على الخادم في {url}.</translation>
    </message>
    <message>
        <source>Your teacher: the model file {path}.</source>
        <translation type="unfinished">معلّمك: ملف النموذج {path}.</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">استعراض…</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No font on this computer can draw some of these letters ({letters}): install a font for this script.</source>
        <extracomment>Characters a font&apos;s cmap need not hold: variation selectors and the combining grapheme joiner (marks, by category, but drawn by no font). Spaces, controls, ZWJ/ZWNJ, punctuation and symbols are skipped by category.</extracomment>
        <translation type="unfinished">لا يوجد خط على هذا الكمبيوتر يستطيع رسم بعض هذه الحروف ({letters}): ثبّت خطًا لنظام الكتابة هذا.</translation>
    </message>
    <message>
        <source>Your system font cannot draw {scripts} letters: showing them in {fonts}.</source>
        <translation type="unfinished">لا يستطيع خط نظامك رسم حروف {scripts}: تُعرض بالخط {fonts}.</translation>
    </message>
    <message>
        <source>Your system font cannot draw some of these letters: showing them in {fonts}.</source>
        <translation type="unfinished">لا يستطيع خط نظامك رسم بعض هذه الحروف: تُعرض بالخط {fonts}.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished">التوليد</translation>
    </message>
    <message>
        <source>The teacher writes example texts for each label. Every reply is checked; samples that pass wait for your review.</source>
        <translation type="unfinished">يكتب المعلّم نصوصًا كأمثلة لكل فئة. يُفحص كل رد، والعيّنات التي تجتاز الفحص تنتظر مراجعتك.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished">بلا سعر</translation>
    </message>
    <message>
        <source>What the online API charges per million tokens it writes; leave at “no price” for a free or local server.</source>
        <translation type="unfinished">ما تتقاضاه واجهة API عبر الإنترنت مقابل كل مليون رمز تكتبه؛ اتركه على «بلا سعر» إن كان الخادم مجانيًا أو محليًا.</translation>
    </message>
    <message>
        <source>Price per million tokens</source>
        <translation type="unfinished">السعر لكل مليون رمز</translation>
    </message>
    <message>
        <source>Estimate time</source>
        <translation type="unfinished">تقدير الوقت</translation>
    </message>
    <message>
        <source>Label my own texts…</source>
        <translation type="unfinished">تصنيف نصوصي الخاصة…</translation>
    </message>
    <message>
        <source>Show discarded replies</source>
        <translation type="unfinished">عرض الردود المستبعدة</translation>
    </message>
    <message>
        <source>Your own texts</source>
        <translation type="unfinished">نصوصك الخاصة</translation>
    </message>
    <message>
        <source>Have the teacher label texts you already have: a TXT file with one text per line, or a CSV file with a text column. They wait for your review like generated samples.</source>
        <translation type="unfinished">اجعل المعلّم يصنّف نصوصًا لديك بالفعل: ملف TXT فيه نص واحد في كل سطر، أو ملف CSV فيه عمود للنص. تنتظر هذه النصوص مراجعتك مثل العيّنات المولَّدة.</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation type="unfinished">عيّنات جديدة</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: ask the teacher to propose them, or type your own.</source>
        <translation type="unfinished">يحتاج التوليد المتنوّع إلى مواضيع وأشكال: اطلب من المعلّم اقتراحها، أو اكتبها بنفسك.</translation>
    </message>
    <message>
        <source>The teacher is writing…</source>
        <translation type="unfinished">المعلّم يكتب…</translation>
    </message>
    <message>
        <source>Asking the teacher for a few test replies</source>
        <translation type="unfinished">جارٍ طلب بضعة ردود تجريبية من المعلّم</translation>
    </message>
    <message>
        <source>Timing a few test requests…</source>
        <translation type="unfinished">جارٍ قياس وقت بضعة طلبات تجريبية…</translation>
    </message>
    <message>
        <source>The teacher is proposing topics and styles</source>
        <translation type="unfinished">المعلّم يقترح مواضيع وأشكالًا</translation>
    </message>
    <message>
        <source>The teacher is thinking…</source>
        <translation type="unfinished">المعلّم يفكّر…</translation>
    </message>
    <message>
        <source>Reading your texts</source>
        <translation type="unfinished">جارٍ قراءة نصوصك</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">جارٍ تحميل المعلّم</translation>
    </message>
    <message>
        <source>The teacher is labelling your texts…</source>
        <translation type="unfinished">المعلّم يصنّف نصوصك…</translation>
    </message>
    <message>
        <source>Proposed by the teacher: change what you like, then Save.</source>
        <translation type="unfinished">اقترحها المعلّم: غيّر ما تشاء، ثم اضغط «حفظ».</translation>
    </message>
    <message>
        <source>Stopped. The samples written so far are kept.</source>
        <translation type="unfinished">توقّف. العيّنات المكتوبة حتى الآن محفوظة.</translation>
    </message>
    <message>
        <source>Label the {n} texts still waiting</source>
        <translation type="unfinished">صنّف النصوص الـ{n} التي ما زالت تنتظر</translation>
    </message>
    <message>
        <source>This project has {p} samples waiting for review, {a} accepted and {r} rejected.</source>
        <translation type="unfinished">في هذا المشروع {p} عيّنة تنتظر المراجعة، و{a} مقبولة، و{r} مرفوضة.</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation type="unfinished">نحو دقيقة واحدة</translation>
    </message>
    <message>
        <source>no reply was discarded</source>
        <translation type="unfinished">لم يُستبعد أي رد</translation>
    </message>
    <message>
        <source>Review them in the next step.</source>
        <translation type="unfinished">راجعها في الخطوة التالية.</translation>
    </message>
    <message>
        <source>about {h:.1f} hours</source>
        <translation type="unfinished">نحو {h:.1f} ساعة</translation>
    </message>
    <message>
        <source>discarded {n} replies ({reasons})</source>
        <translation type="unfinished">استُبعد {n} رد ({reasons})</translation>
    </message>
    <message>
        <source>About {n} requests, {time}.</source>
        <translation type="unfinished">نحو {n} طلب، {time}.</translation>
    </message>
    <message>
        <source>Labelled {n}</source>
        <translation type="unfinished">صُنّف {n}</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation type="unfinished">نحو {n} دقيقة</translation>
    </message>
    <message>
        <source>Added {n} samples</source>
        <translation type="unfinished">أُضيفت {n} عيّنة</translation>
    </message>
    <message>
        <source>{s:.0f} s</source>
        <translation type="unfinished">{s:.0f} ث</translation>
    </message>
    <message>
        <source>Some labels got fewer samples than asked for, because too many replies failed the checks: {labels}. </source>
        <translation type="unfinished">حصلت بعض الفئات على عيّنات أقل من المطلوب، لأن ردودًا كثيرة لم تجتز الفحوص: {labels}. </translation>
    </message>
    <message>
        <source>In the test, {v:.1f} usable texts per request.</source>
        <translation type="unfinished">في الاختبار، {v:.1f} نص صالح لكل طلب.</translation>
    </message>
    <message>
        <source>Read {n} texts. </source>
        <translation type="unfinished">قُرئ {n} نص. </translation>
    </message>
    <message>
        <source>Cost: about {cost:.2f} at your price ({tokens} tokens).</source>
        <translation type="unfinished">التكلفة: نحو {cost:.2f} حسب السعر الذي حددته ({tokens} رمز).</translation>
    </message>
</context>
<context>
    <name>GenerationOptions</name>
    <message>
        <source>Zero-shot</source>
        <translation type="unfinished">دون أمثلة</translation>
    </message>
    <message>
        <source>The teacher writes from your label descriptions alone. The quickest way to start.</source>
        <translation type="unfinished">يكتب المعلّم بالاعتماد على أوصاف فئاتك وحدها. أسرع طريقة للبدء.</translation>
    </message>
    <message>
        <source>Few-shot with your examples</source>
        <translation type="unfinished">بأمثلة قليلة من أمثلتك</translation>
    </message>
    <message>
        <source>The teacher sees a few of your real texts in each request, so it writes more like them. Helps most where the teacher knows the language less well.</source>
        <translation type="unfinished">يرى المعلّم بعضًا من نصوصك الحقيقية في كل طلب، فيكتب نصوصًا أقرب إليها. يفيد أكثر حين تكون معرفة المعلّم باللغة أضعف.</translation>
    </message>
    <message>
        <source>Diverse topics and styles</source>
        <translation type="unfinished">مواضيع وأشكال متنوّعة</translation>
    </message>
    <message>
        <source>The teacher varies topic, situation, register and style, several texts per request, so the samples cover more ground.</source>
        <translation type="unfinished">ينوّع المعلّم الموضوع والموقف ومستوى اللغة والشكل، بعدة نصوص في كل طلب، فتغطي العيّنات مساحة أوسع.</translation>
    </message>
    <message>
        <source>Strict: drop texts much like an earlier one</source>
        <extracomment>(threshold, words): the similarity at or above which a text counts as a near duplicate.</extracomment>
        <translation type="unfinished">صارم: استبعد النصوص الشبيهة جدًا بنص سابق</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">عادي</translation>
    </message>
    <message>
        <source>Lenient: drop only near copies</source>
        <translation type="unfinished">متساهل: استبعد النسخ شبه المطابقة فقط</translation>
    </message>
    <message>
        <source>How the teacher writes</source>
        <translation type="unfinished">كيف يكتب المعلّم</translation>
    </message>
    <message>
        <source>Import examples…</source>
        <translation type="unfinished">استيراد أمثلة…</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation type="unfinished">النصوص لكل طلب</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation type="unfinished">الطلبات في آنٍ واحد</translation>
    </message>
    <message>
        <source>Ask the teacher to double-check each text</source>
        <translation type="unfinished">اطلب من المعلّم التحقق مرة ثانية من كل نص</translation>
    </message>
    <message>
        <source>One more request per text: slower, but texts that do not fit their label or language are dropped.</source>
        <translation type="unfinished">طلب إضافي لكل نص: أبطأ، لكن النصوص التي لا تناسب فئتها أو لغتها تُستبعد.</translation>
    </message>
    <message>
        <source>Samples per label</source>
        <translation type="unfinished">العيّنات لكل فئة</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished">البذرة</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished">الفحوص</translation>
    </message>
    <message>
        <source>Drop texts written in another script</source>
        <translation type="unfinished">استبعد النصوص المكتوبة بنظام كتابة آخر</translation>
    </message>
    <message>
        <source>Drop texts in another language</source>
        <translation type="unfinished">استبعد النصوص المكتوبة بلغة أخرى</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation type="unfinished">النصوص شبه المكررة</translation>
    </message>
    <message>
        <source>Longest text (characters)</source>
        <translation type="unfinished">أطول نص (بالأحرف)</translation>
    </message>
    <message>
        <source>Shule cannot recognise {language} automatically, so texts in another language are not caught: the teacher&apos;s double-check or your review has to.</source>
        <translation type="unfinished">لا يستطيع Shule التعرّف على {language} تلقائيًا، لذا لا تُكتشف النصوص المكتوبة بلغة أخرى: يجب أن يكتشفها تحقق المعلّم الثاني أو مراجعتك.</translation>
    </message>
    <message>
        <source>Your real examples: {counts}.</source>
        <translation type="unfinished">أمثلتك الحقيقية: {counts}.</translation>
    </message>
    <message>
        <source>Labels without examples get examples of other labels only: {labels}.</source>
        <translation type="unfinished">الفئات التي ليس لها أمثلة تحصل على أمثلة من فئات أخرى فقط: {labels}.</translation>
    </message>
    <message>
        <source>No imported examples yet; accepted samples of earlier rounds serve instead: {counts}.</source>
        <translation type="unfinished">لا توجد أمثلة مستوردة بعد؛ تُستخدم بدلًا منها العيّنات المقبولة من الجولات السابقة: {counts}.</translation>
    </message>
    <message>
        <source>No examples yet: import a CSV file with a text and a label column, or accept some samples first.</source>
        <translation type="unfinished">لا توجد أمثلة بعد: استورد ملف CSV فيه عمود للنص وعمود للفئة، أو اقبل بعض العيّنات أولًا.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>GGUF is the file format of language models that run on your own computer (llama.cpp, LM Studio and Ollama use it too). One file holds the whole model; Shule uses the file where it is.</source>
        <translation type="unfinished">GGUF هو صيغة ملفات النماذج اللغوية التي تعمل على حاسوبك (تستخدمها أيضًا llama.cpp وLM Studio وOllama). ملف واحد يحوي النموذج كله، ويستخدم Shule الملف في مكانه.</translation>
    </message>
    <message>
        <source>ONNX is an open file format for trained models: the onnxruntime library runs it on any computer or small device, without Python or PyTorch.</source>
        <translation type="unfinished">ONNX صيغة ملفات مفتوحة للنماذج المدرَّبة: تشغّلها مكتبة onnxruntime على أي حاسوب أو جهاز صغير، دون Python أو PyTorch.</translation>
    </message>
    <message>
        <source>int8 (quantization) stores each of the model&apos;s numbers in one byte instead of four: the model becomes about four times smaller and faster on a CPU, and usually loses very little accuracy. Shule measures the loss and tells you.</source>
        <translation type="unfinished">int8 (التكميم) يخزّن كل رقم من أرقام النموذج في بايت واحد بدل أربعة: يصبح النموذج أصغر بنحو أربع مرات وأسرع على المعالج، ولا يفقد عادةً إلا قليلًا جدًا من الدقة. يقيس Shule هذا الفقد ويخبرك به.</translation>
    </message>
    <message>
        <source>macro-F1 is the score Shule uses, from 0 to 1: for each label, how well the model finds that label&apos;s texts without false alarms, averaged over the labels so that a rare label counts as much as a common one.</source>
        <translation type="unfinished">macro-F1 هو المقياس الذي يستخدمه Shule، من 0 إلى 1: لكل فئة، مدى نجاح النموذج في إيجاد نصوصها دون إنذارات كاذبة، ثم المتوسط على الفئات بحيث تُحسب الفئة النادرة مثل الفئة الشائعة.</translation>
    </message>
    <message>
        <source>Gold examples are real texts you labelled yourself and keep apart: they are never used for training, only to check the teacher and the students fairly.</source>
        <translation type="unfinished">الأمثلة الذهبية نصوص حقيقية صنّفتها بنفسك وتُحفظ جانبًا: لا تُستخدم أبدًا في التدريب، بل فقط لتقييم المعلّم والطلاب بإنصاف.</translation>
    </message>
</context>
<context>
    <name>GoldBar</name>
    <message>
        <source>Add a gold example…</source>
        <translation type="unfinished">إضافة مثال ذهبي…</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training.</source>
        <translation type="unfinished">{n} مثال ذهبي يظهر أيضًا بين عيّنات التدريب: تُستبعد هذه من التدريب.</translation>
    </message>
</context>
<context>
    <name>GoldDialog</name>
    <message>
        <source>Add a gold example</source>
        <translation type="unfinished">إضافة مثال ذهبي</translation>
    </message>
    <message>
        <source>A gold example is a text you know the right label for. Gold examples are never trained on: the student is tested on them, so type texts as your users write them.</source>
        <translation type="unfinished">المثال الذهبي نص تعرف فئته الصحيحة. لا يُدرَّب على الأمثلة الذهبية أبدًا: بل يُختبر الطالب عليها، لذا اكتب النصوص كما يكتبها مستخدموك.</translation>
    </message>
    <message>
        <source>The text, as a user would write it</source>
        <translation type="unfinished">النص، كما قد يكتبه أحد المستخدمين</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished">إضافة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">النص</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">الفئة</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Texts in another language are also dropped more readily.</source>
        <extracomment>What switching a note on also does to the checks (core.feedback.FILTER_CHANGES), in words.</extracomment>
        <translation type="unfinished">تُستبعد أيضًا النصوص المكتوبة بلغة أخرى بسهولة أكبر.</translation>
    </message>
    <message>
        <source>Texts much like an earlier one are also dropped more readily.</source>
        <translation type="unfinished">تُستبعد أيضًا النصوص الشبيهة جدًا بنص سابق بسهولة أكبر.</translation>
    </message>
    <message>
        <source>What your reviews add to the next round</source>
        <translation type="unfinished">ما تضيفه مراجعاتك إلى الجولة القادمة</translation>
    </message>
    <message>
        <source>Notes for the teacher, written from your review. Each one is added to every request; untick one to leave it out.</source>
        <translation type="unfinished">ملاحظات للمعلّم مكتوبة بناءً على مراجعتك. تُضاف كل ملاحظة إلى كل طلب؛ ألغِ تحديد أي ملاحظة لاستبعادها.</translation>
    </message>
    <message>
        <source>You corrected 1 generated text: the teacher sees before and after</source>
        <translation type="unfinished">صحّحت نصًا مولَّدًا واحدًا: يرى المعلّم النص قبل التصحيح وبعده</translation>
    </message>
    <message>
        <source>{n} of {total} rejections: {reason}</source>
        <translation type="unfinished">{n} من أصل {total} حالة رفض: {reason}</translation>
    </message>
    <message>
        <source>You corrected {n} generated texts: the teacher sees some before and after</source>
        <translation type="unfinished">صحّحت {n} نصًا مولَّدًا: يرى المعلّم بعضها قبل التصحيح وبعده</translation>
    </message>
</context>
<context>
    <name>HardwareBox</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished">هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation type="unfinished">جارٍ فحص هذا الكمبيوتر…</translation>
    </message>
    <message>
        <source>Shule could not look at this computer: {why}</source>
        <translation type="unfinished">تعذّر على Shule فحص هذا الكمبيوتر: {why}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Labelled samples, already checked: they count as accepted</source>
        <extracomment>(kind, status, words): the choices under &quot;Import as&quot;.</extracomment>
        <translation type="unfinished">عيّنات مصنّفة سبق التحقق منها: تُحسب مقبولة</translation>
    </message>
    <message>
        <source>Labelled samples to review: they wait in the Review step</source>
        <translation type="unfinished">عيّنات مصنّفة للمراجعة: تنتظر في خطوة المراجعة</translation>
    </message>
    <message>
        <source>Gold examples: kept apart, used only to score the student</source>
        <translation type="unfinished">أمثلة ذهبية: تُحفظ منفصلة، وتُستخدم فقط لتقييم الطالب</translation>
    </message>
    <message>
        <source>Unlabelled texts: the teacher labels them in the Generate step</source>
        <translation type="unfinished">نصوص غير مصنّفة: يصنّفها المعلّم في خطوة التوليد</translation>
    </message>
    <message>
        <source>Import data</source>
        <extracomment>(how many were written, the kind: &quot;samples&quot; | &quot;gold&quot; | &quot;unlabelled&quot;)</extracomment>
        <translation type="unfinished">استيراد البيانات</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished">لم يُختر ملف بعد.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished">اختيار ملف…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">استيراد</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation type="unfinished">عمود النص</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation type="unfinished">عمود الفئة</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">الاستيراد كـ</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished">الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished">جارٍ قراءة {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished">جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished">(اختر عمودًا)</translation>
    </message>
    <message>
        <source>Row {row} {why}.</source>
        <translation type="unfinished">الصف {row} {why}.</translation>
    </message>
    <message>
        <source>… and {n} more rows.</source>
        <translation type="unfinished">… و{n} صفًا آخر.</translation>
    </message>
    <message>
        <source>1 row cannot be imported:</source>
        <translation type="unfinished">لا يمكن استيراد صف واحد:</translation>
    </message>
    <message>
        <source>{n} rows cannot be imported:</source>
        <translation type="unfinished">لا يمكن استيراد {n} صف:</translation>
    </message>
    <message>
        <source>nothing is imported until every row can be. Fix the file, or choose other columns.</source>
        <translation type="unfinished">لن يُستورد شيء حتى يصبح استيراد كل الصفوف ممكنًا. أصلح الملف، أو اختر أعمدة أخرى.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">لا شيء للاستيراد: لا يحتوي {file} على صفوف فيها نص.</translation>
    </message>
    <message>
        <source>Ready: {n} rows of {file} can be imported.</source>
        <translation type="unfinished">جاهز: يمكن استيراد {n} صف من {file}.</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="unfinished">استيراد {what}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Stopped reading the file. Choose it again to import it.</source>
        <translation type="unfinished">توقّفت قراءة الملف. اختره مرة أخرى لاستيراده.</translation>
    </message>
    <message>
        <source>1 sample</source>
        <extracomment>kind: (one, many), for &quot;Import 120 samples&quot; and &quot;Imported 120 samples.&quot;</extracomment>
        <translation type="unfinished">عيّنة واحدة</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">{n} عيّنة</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">مثال ذهبي واحد</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">{n} مثال ذهبي</translation>
    </message>
    <message>
        <source>1 text</source>
        <translation type="unfinished">نص واحد</translation>
    </message>
    <message>
        <source>{n} texts</source>
        <translation type="unfinished">{n} نص</translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation type="unfinished">تم استيراد {what}.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">مفاتيح المراجعة</translation>
    </message>
    <message>
        <source>Click a field and press the new key. The same key may serve one action while deciding and one reason after X.</source>
        <translation type="unfinished">انقر على حقل واضغط المفتاح الجديد. يمكن أن يؤدي المفتاح نفسه إجراءً واحدًا أثناء اتخاذ القرار، وسببًا واحدًا بعد X.</translation>
    </message>
    <message>
        <source>{key} already does “{action}”: choose another key, or change that one first.</source>
        <translation type="unfinished">المفتاح {key} يؤدي بالفعل «{action}»: اختر مفتاحًا آخر، أو غيّر ذلك المفتاح أولًا.</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">مفاتيح المراجعة</translation>
    </message>
    <message>
        <source>Change keys…</source>
        <translation type="unfinished">تغيير المفاتيح…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished">إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Going through the samples</source>
        <translation type="unfinished">أثناء تصفّح العيّنات</translation>
    </message>
    <message>
        <source>After X: why it is rejected</source>
        <translation type="unfinished">بعد X: سبب الرفض</translation>
    </message>
    <message>
        <source>While editing a text</source>
        <translation type="unfinished">أثناء تعديل نص</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation type="unfinished">حفظ النص</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation type="unfinished">إلغاء التعديل</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(لا شيء)</translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished">قبول</translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished">رفض</translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished">تعديل</translation>
    </message>
    <message>
        <source>relabel</source>
        <translation type="unfinished">تغيير الفئة</translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished">تخطٍّ</translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished">تراجع</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation type="unfinished">كل المفاتيح</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language &amp; task</source>
        <extracomment>A new project file was written; the main window opens it.</extracomment>
        <translation type="unfinished">اللغة والمهمة</translation>
    </message>
    <message>
        <source>Name the language your texts are written in, say what the classifier is for, and list the labels it should choose from.</source>
        <translation type="unfinished">سمِّ اللغة التي كُتبت بها نصوصك، وقل ما الغرض من المصنِّف، واذكر الفئات التي يختار منها.</translation>
    </message>
    <message>
        <source>Type a language name or code, e.g. Swahili or sw</source>
        <translation type="unfinished">اكتب اسم لغة أو رمزها، مثل Swahili أو sw</translation>
    </message>
    <message>
        <source>What should the classifier do? e.g. Sort SMS reports from farmers by topic.</source>
        <translation type="unfinished">ماذا يجب أن يفعل المصنِّف؟ مثلًا: فرز رسائل SMS الواردة من المزارعين حسب الموضوع.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">الفئة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">الوصف</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished">إضافة فئة</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished">إزالة الفئة</translation>
    </message>
    <message>
        <source>Create project…</source>
        <translation type="unfinished">إنشاء مشروع…</translation>
    </message>
    <message>
        <source>This is the open project&apos;s language, task and labels. To start another project, use File › New project.</source>
        <translation type="unfinished">هذه لغة المشروع المفتوح ومهمته وفئاته. لبدء مشروع آخر، استخدم ملف › مشروع جديد.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">اللغة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished">المهمة</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished">الفئات</translation>
    </message>
    <message>
        <source>written right to left</source>
        <translation type="unfinished">تُكتب من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>written left to right</source>
        <translation type="unfinished">تُكتب من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Script: {script} ({code}) · {direction}</source>
        <translation type="unfinished">نظام الكتابة: {script} ({code}) · {direction}</translation>
    </message>
    <message>
        <source>{name} classifier</source>
        <translation type="unfinished">مصنِّف {name}</translation>
    </message>
</context>
<context>
    <name>LocalTeacherFiles</name>
    <message>
        <source>Add a GGUF file on disk…</source>
        <translation type="unfinished">إضافة ملف GGUF من القرص…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished">إزالة من القائمة</translation>
    </message>
    <message>
        <source>Shule forgets the file; the file itself is left where it is.</source>
        <translation type="unfinished">ينسى Shule الملف؛ أما الملف نفسه فيبقى في مكانه.</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">استخدم هذا النموذج</translation>
    </message>
    <message>
        <source>Files you add are used where they are; Shule does not copy them. Downloaded models are kept in {folder}.</source>
        <translation type="unfinished">الملفات التي تضيفها تُستخدم في مكانها؛ لا ينسخها Shule. النماذج المُنزَّلة تُحفظ في {folder}.</translation>
    </message>
    <message>
        <source>{name} — missing from {folder}</source>
        <translation type="unfinished">{name} — مفقود من {folder}</translation>
    </message>
    <message>
        <source>{name} — used where it is, in {folder}</source>
        <translation type="unfinished">{name} — يُستخدم في مكانه، في {folder}</translation>
    </message>
    <message>
        <source>{name} — downloaded</source>
        <translation type="unfinished">{name} — مُنزَّل</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Training loss curve</source>
        <extracomment>The curve keeps at most this many points however long the run: neighbours are merged into buckets (mean drawn as the line, min–max as a band), so painting stays cheap at 100k steps.</extracomment>
        <translation type="unfinished">منحنى خسارة التدريب</translation>
    </message>
    <message>
        <source>The loss curve appears here while the student trains.</source>
        <translation type="unfinished">يظهر منحنى الخسارة هنا أثناء تدريب الطالب.</translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished">الخطوة</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished">الخسارة</translation>
    </message>
    <message>
        <source>dev macro-F1</source>
        <translation type="unfinished">macro-F1 للتحقق</translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation type="unfinished">الخطوة {step}: الخسارة {loss}</translation>
    </message>
    <message>
        <source>dev macro-F1 {value} at step {step}</source>
        <translation type="unfinished">macro-F1 للتحقق {value} عند الخطوة {step}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">مشروع &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished">&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished">ا&amp;ستيراد بيانات…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished">&amp;تصدير بيانات…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation type="unfinished">ال&amp;نماذج…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished">الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">اختصارات لو&amp;حة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation type="unfinished">&amp;ما هذا؟</translation>
    </message>
    <message>
        <source>New projects start with the teacher {name}.</source>
        <translation type="unfinished">تبدأ المشاريع الجديدة بالمعلّم {name}.</translation>
    </message>
    <message>
        <source>{name} was made by an earlier version of Shule, so it has been upgraded. A copy of it as it was is kept at {backup}; the earlier Shule can open that copy.</source>
        <translation type="unfinished">أُنشئ {name} بإصدار سابق من Shule، لذا تمت ترقيته. نُسخة منه كما كان محفوظة في {backup}؛ ويستطيع Shule السابق فتح تلك النسخة.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished">لا يوجد مشروع مفتوح</translation>
    </message>
    <message>
        <source>Shule</source>
        <translation type="unfinished">Shule</translation>
    </message>
    <message>
        <source>Create or open a project first</source>
        <translation type="unfinished">أنشئ مشروعًا أو افتحه أولًا</translation>
    </message>
    <message>
        <source>Choose a teacher first</source>
        <translation type="unfinished">اختر معلّمًا أولًا</translation>
    </message>
    <message>
        <source>Generate or import samples first</source>
        <translation type="unfinished">ولّد عيّنات أو استوردها أولًا</translation>
    </message>
    <message>
        <source>Choose a teacher or train a student first</source>
        <translation type="unfinished">اختر معلّمًا أو درّب طالبًا أولًا</translation>
    </message>
    <message>
        <source>Train a student first</source>
        <translation type="unfinished">درّب طالبًا أولًا</translation>
    </message>
    <message>
        <source>Shule can change its language once this work has ended: {steps}. Wait for it or stop it, then choose the language again.</source>
        <translation type="unfinished">يستطيع Shule تغيير لغته بعد انتهاء هذا العمل: {steps}. انتظر انتهاءه أو أوقفه، ثم اختر اللغة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Teacher models</source>
        <translation type="unfinished">نماذج المعلّم</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language. Download one of the recommended models, or use a GGUF model file you already have. A model that fits in your GPU&apos;s memory runs fast; on the CPU it works, slowly.</source>
        <translation type="unfinished">المعلّم نموذج لغوي كبير يكتب نصوصًا كأمثلة بلغتك. نزّل أحد النماذج المُوصى بها، أو استخدم ملف نموذج GGUF لديك بالفعل. النموذج الذي يتسع في ذاكرة GPU يعمل بسرعة؛ وعلى CPU يعمل، لكن ببطء.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">النموذج</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished">على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">الحجم على القرص</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation type="unfinished">الذاكرة المطلوبة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">الترخيص</translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished">تنزيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">استئناف</translation>
    </message>
    <message>
        <source>Discard partial</source>
        <translation type="unfinished">حذف الجزء المُنزَّل</translation>
    </message>
    <message>
        <source>Open model card</source>
        <translation type="unfinished">فتح بطاقة النموذج</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">استخدم هذا النموذج</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation type="unfinished">النماذج المُوصى بها</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation type="unfinished">النماذج على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>RAM {ram} GB; GPU {vram} GB</source>
        <translation type="unfinished">RAM {ram} GB؛ GPU {vram} GB</translation>
    </message>
    <message>
        <source>{licence} (non-commercial)</source>
        <translation type="unfinished">{licence} (غير تجاري)</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation type="unfinished">انظر الملاحظة</translation>
    </message>
    <message>
        <source>{some}, … ({n} in all)</source>
        <translation type="unfinished">{some}، … ({n} إجمالًا)</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished">جارٍ الإيقاف المؤقت…</translation>
    </message>
    <message>
        <source>Downloading… {percent} %</source>
        <translation type="unfinished">جارٍ التنزيل… {percent} %</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished">مُنزَّل</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished">غير مُنزَّل</translation>
    </message>
    <message>
        <source>Paused at {percent} %</source>
        <translation type="unfinished">متوقف مؤقتًا عند {percent} %</translation>
    </message>
    <message>
        <source>Paused ({size} downloaded)</source>
        <translation type="unfinished">متوقف مؤقتًا (نُزّل {size})</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">جارٍ البدء…</translation>
    </message>
    <message>
        <source>Downloaded {name}.</source>
        <translation type="unfinished">تم تنزيل {name}.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped, now or after Shule is started again.</source>
        <translation type="unfinished">متوقف مؤقتًا. يتابع الاستئناف من حيث توقّف، الآن أو بعد تشغيل Shule مرة أخرى.</translation>
    </message>
    <message>
        <source>Runs well on your GPU</source>
        <translation type="unfinished">يعمل جيدًا على GPU لديك</translation>
    </message>
    <message>
        <source>Runs on the CPU, slowly</source>
        <translation type="unfinished">يعمل على CPU، ببطء</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation type="unfinished">أكبر من أن يعمل على هذا الكمبيوتر</translation>
    </message>
</context>
<context>
    <name>MoreReview</name>
    <message>
        <source>Would more review help?</source>
        <translation type="unfinished">هل تفيد مراجعة المزيد؟</translation>
    </message>
    <message>
        <source>Draw the learning curve</source>
        <translation type="unfinished">ارسم منحنى التعلّم</translation>
    </message>
    <message>
        <source>Trains the newest student&apos;s kind again on a quarter, a half and all of your accepted samples and scores each: a curve still rising says more reviewed samples will help.</source>
        <translation type="unfinished">يدرّب نوع أحدث طالب من جديد على ربع عيّناتك المقبولة ونصفها وكلها ويقيّم كلًّا منها: إذا كان المنحنى لا يزال يرتفع، فمراجعة مزيد من العيّنات ستفيد.</translation>
    </message>
    <message>
        <source>Review the texts the student is unsure about</source>
        <translation type="unfinished">راجع النصوص التي لا يثق بها الطالب</translation>
    </message>
    <message>
        <source>Your imported texts that the newest student finds hardest become samples waiting for review, labelled with its best guess: correcting them teaches the next student most.</source>
        <translation type="unfinished">نصوصك المستوردة التي يجدها أحدث طالب الأصعب تصبح عيّنات تنتظر المراجعة، مصنّفة بأفضل تخمين له: تصحيحها يعلّم الطالب التالي أكثر من غيرها.</translation>
    </message>
    <message>
        <source>Import some of your own unlabelled texts first (File ▸ Import data…).</source>
        <translation type="unfinished">استورد أولًا بعضًا من نصوصك غير المصنّفة (ملف ▸ استيراد بيانات…).</translation>
    </message>
    <message>
        <source>{added} texts the student is least sure about wait on the Review page, labelled with its best guess.</source>
        <translation type="unfinished">{added} نصًا هي الأقل ثقة لدى الطالب تنتظر في صفحة المراجعة، مصنّفة بأفضل تخمين له.</translation>
    </message>
    <message>
        <source>{share} of the samples ({n}): {f1}</source>
        <translation type="unfinished">{share} من العيّنات ({n}): {f1}</translation>
    </message>
    <message>
        <source>The score still rises with more samples: reviewing more should help.</source>
        <translation type="unfinished">لا تزال النتيجة ترتفع مع زيادة العيّنات: مراجعة المزيد يُتوقع أن تفيد.</translation>
    </message>
    <message>
        <source>The score has levelled off: more of the same samples may not help much; try new strategies or a larger student.</source>
        <translation type="unfinished">استقرت النتيجة: قد لا يفيد كثيرًا المزيد من العيّنات نفسها؛ جرّب استراتيجيات جديدة أو طالبًا أكبر.</translation>
    </message>
    <message>
        <source>macro-F1 on the {on} set — {points}. {advice}</source>
        <translation type="unfinished">macro-F1 على المجموعة {on} — {points}. {advice}</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">الذهبية</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">المحجوزة</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Something went wrong ({kind}: {detail}). Please report this.</source>
        <extracomment>The project changed in a way that may open or close later steps (teacher set, samples…).</extracomment>
        <translation type="unfinished">حدث خطأ ما ({kind}: {detail}). يُرجى الإبلاغ عن ذلك.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Target per label</source>
        <extracomment>Up to this many samples the numbers are read at once (a few ms); beyond, in a worker thread with its own connection (on 100k samples the grouped queries take a few hundred ms).</extracomment>
        <translation type="unfinished">الهدف لكل فئة</translation>
    </message>
    <message>
        <source>{p} pending · {a} accepted · {r} rejected</source>
        <translation type="unfinished">{p} قيد الانتظار · {a} مقبولة · {r} مرفوضة</translation>
    </message>
    <message>
        <source>Accepted, by strategy: {rates}</source>
        <translation type="unfinished">المقبولة، حسب الاستراتيجية: {rates}</translation>
    </message>
    <message>
        <source>Accepted, by teacher: {rates}</source>
        <translation type="unfinished">المقبولة، حسب المعلّم: {rates}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">جارٍ البدء…</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation type="unfinished">يتبقى نحو {n} ث</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation type="unfinished">يتبقى نحو {n} دقيقة</translation>
    </message>
    <message>
        <source>about {hours:.1f} h left</source>
        <translation type="unfinished">يتبقى نحو {hours:.1f} ساعة</translation>
    </message>
</context>
<context>
    <name>ReasonBar</name>
    <message>
        <source>Why reject it?</source>
        <translation type="unfinished">لماذا ترفضها؟</translation>
    </message>
    <message>
        <source>Esc keep it</source>
        <translation type="unfinished">Esc للإبقاء عليها</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished">تجاهل</translation>
    </message>
    <message>
        <source>Forget this run; its samples are kept.</source>
        <translation type="unfinished">انسَ هذا التشغيل؛ عيّناته تبقى محفوظة.</translation>
    </message>
    <message>
        <source>A generation run stopped before it finished ({n} of {total} samples made). Continue it?</source>
        <translation type="unfinished">توقّف تشغيل للتوليد قبل أن يكتمل (صُنعت {n} من {total} عيّنة). هل تريد متابعته؟</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished">حفظ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">إلغاء (Esc)</translation>
    </message>
    <message>
        <source>No sample selected.</source>
        <translation type="unfinished">لم تُحدَّد أي عيّنة.</translation>
    </message>
    <message>
        <source>pinned as a teacher example</source>
        <translation type="unfinished">مثبّتة كمثال للمعلّم</translation>
    </message>
    <message>
        <source>excluded from the teacher&apos;s examples</source>
        <translation type="unfinished">مستبعدة من أمثلة المعلّم</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished">مرفوضة: {reason}</translation>
    </message>
    <message>
        <source>strategy: {s}</source>
        <translation type="unfinished">الاستراتيجية: {s}</translation>
    </message>
    <message>
        <source>teacher: {t}</source>
        <translation type="unfinished">المعلّم: {t}</translation>
    </message>
    <message>
        <source>checked by the teacher</source>
        <translation type="unfinished">تحقق منها المعلّم</translation>
    </message>
    <message>
        <source>{n} examples shown to the teacher</source>
        <translation type="unfinished">{n} مثال عُرض على المعلّم</translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>Search the texts…</source>
        <translation type="unfinished">ابحث في النصوص…</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">البحث في النصوص</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">أي حالة</translation>
    </message>
    <message>
        <source>Show the samples with status</source>
        <translation type="unfinished">عرض العيّنات ذات الحالة</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished">أي فئة</translation>
    </message>
    <message>
        <source>Show the samples with label</source>
        <translation type="unfinished">عرض العيّنات ذات الفئة</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished">أي مصدر</translation>
    </message>
    <message>
        <source>Show the samples from</source>
        <translation type="unfinished">عرض العيّنات الواردة من</translation>
    </message>
    <message>
        <source>Any strategy</source>
        <translation type="unfinished">أي استراتيجية</translation>
    </message>
    <message>
        <source>Show the samples written with strategy</source>
        <translation type="unfinished">عرض العيّنات المكتوبة بالاستراتيجية</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished">أي سبب</translation>
    </message>
    <message>
        <source>Show the samples rejected for reason</source>
        <translation type="unfinished">عرض العيّنات المرفوضة للسبب</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">عرض الكل</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished">امسح البحث وكل عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>Relabel as “{label}”</source>
        <translation type="unfinished">تغيير الفئة إلى «{label}»</translation>
    </message>
    <message>
        <source>Relabel as label {n}</source>
        <translation type="unfinished">تغيير إلى الفئة {n}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished">السبب: {reason}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">قبول</translation>
    </message>
    <message>
        <source>Reject (then the reason)</source>
        <translation type="unfinished">رفض (ثم السبب)</translation>
    </message>
    <message>
        <source>Edit the text</source>
        <translation type="unfinished">تعديل النص</translation>
    </message>
    <message>
        <source>Skip to the next sample</source>
        <translation type="unfinished">التخطي إلى العيّنة التالية</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">إعادة</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">البحث في النصوص</translation>
    </message>
    <message>
        <source>Pin / unpin as a teacher example</source>
        <translation type="unfinished">تثبيت / إلغاء تثبيت كمثال للمعلّم</translation>
    </message>
    <message>
        <source>Exclude / include as a teacher example</source>
        <translation type="unfinished">استبعاد / تضمين كمثال للمعلّم</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation type="unfinished">عرض المفاتيح</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>pinned</source>
        <translation type="unfinished">مثبّتة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">النص</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished">مستبعدة</translation>
    </message>
    <message>
        <source>wrong language</source>
        <extracomment>Why a sample was rejected: stored code (core&apos;s list) and the words shown (keys 1–6 pick them in this order).</extracomment>
        <translation type="unfinished">لغة خاطئة</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">فئة خاطئة</translation>
    </message>
    <message>
        <source>unnatural or translated-sounding</source>
        <translation type="unfinished">غير طبيعي أو يبدو مترجمًا</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished">مكرر</translation>
    </message>
    <message>
        <source>harmful</source>
        <translation type="unfinished">مؤذٍ</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">مولَّدة</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation type="unfinished">مصنّفة</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">مستوردة</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">ذهبية</translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished">قيد الانتظار</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished">مقبولة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished">مرفوضة</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">المراجعة</translation>
    </message>
    <message>
        <source>Keep the samples that are right and reject the others: the next one follows at once. Select rows to decide them together; press ? for every key.</source>
        <translation type="unfinished">احتفظ بالعيّنات الصحيحة وارفض الباقي: تأتي التالية فورًا. حدّد صفوفًا لتقرر فيها معًا؛ اضغط ? لرؤية كل المفاتيح.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">العيّنات</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation type="unfinished">المفاتيح…</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">{n} عيّنة</translation>
    </message>
    <message>
        <source>{n} samples match</source>
        <translation type="unfinished">{n} عيّنة مطابقة</translation>
    </message>
</context>
<context>
    <name>RoundStats</name>
    <message>
        <source>zero-shot</source>
        <translation type="unfinished">دون أمثلة</translation>
    </message>
    <message>
        <source>few-shot</source>
        <translation type="unfinished">بأمثلة قليلة</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished">متنوّعة</translation>
    </message>
    <message>
        <source>Rounds so far</source>
        <translation type="unfinished">الجولات حتى الآن</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation type="unfinished">الجولات السابقة</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation type="unfinished">لم تُراجع بعد</translation>
    </message>
    <message>
        <source>{rate:.0%} accepted ({a} of {n} reviewed</source>
        <translation type="unfinished">قُبل {rate:.0%} (تمت مراجعة {a} من {n}</translation>
    </message>
    <message>
        <source>, {n} to review</source>
        <translation type="unfinished">، و{n} بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished">الجولة {number}</translation>
    </message>
    <message>
        <source>Rejected: {reasons}.</source>
        <translation type="unfinished">المرفوضة: {reasons}.</translation>
    </message>
    <message>
        <source>{n} made</source>
        <translation type="unfinished">صُنع {n}</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <source>Scores: macro-F1 per model</source>
        <translation type="unfinished">النتائج: macro-F1 لكل نموذج</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">المعلّم</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">طالب</translation>
    </message>
    <message>
        <source>{name} ({kind}): not scored yet</source>
        <translation type="unfinished">{name} ({kind}): لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>{name} ({kind}): macro-F1 {value}</source>
        <translation type="unfinished">{name} ({kind}): macro-F1 {value}</translation>
    </message>
    <message>
        <source>{delta} against the teacher</source>
        <translation type="unfinished">{delta} مقارنة بالمعلّم</translation>
    </message>
    <message>
        <source>Scores appear here once a model is evaluated.</source>
        <translation type="unfinished">تظهر النتائج هنا بعد تقييم أحد النماذج.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>teacher&apos;s score</source>
        <translation type="unfinished">نتيجة المعلّم</translation>
    </message>
</context>
<context>
    <name>ScoreDetails</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">الفئة</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished">الضبط</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished">الاستدعاء</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished">F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished">العدد</translation>
    </message>
    <message>
        <source>Scores per label</source>
        <translation type="unfinished">النتائج لكل فئة</translation>
    </message>
    <message>
        <source>Of the texts the model gave this label, the share that really have it.</source>
        <translation type="unfinished">من بين النصوص التي أعطاها النموذج هذه الفئة، نسبة ما ينتمي إليها فعلًا.</translation>
    </message>
    <message>
        <source>Of the texts that have this label, the share the model found.</source>
        <translation type="unfinished">من بين النصوص التي تنتمي إلى هذه الفئة، نسبة ما وجده النموذج.</translation>
    </message>
    <message>
        <source>Precision and recall in one figure (their harmonic mean): 1.0 is perfect.</source>
        <translation type="unfinished">الضبط والاستدعاء في رقم واحد (متوسطهما التوافقي): 1.0 هي النتيجة المثالية.</translation>
    </message>
    <message>
        <source>How many gold texts have this label.</source>
        <translation type="unfinished">عدد النصوص الذهبية التي لها هذه الفئة.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">عرض الكل</translation>
    </message>
    <message>
        <source>List every gold text the model got wrong</source>
        <translation type="unfinished">اعرض كل نص ذهبي أخطأ فيه النموذج</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">النص</translation>
    </message>
    <message>
        <source>True label</source>
        <translation type="unfinished">الفئة الصحيحة</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished">المتوقَّعة</translation>
    </message>
    <message>
        <source>Gold texts the model labelled wrongly</source>
        <translation type="unfinished">النصوص الذهبية التي أخطأ النموذج في تصنيفها</translation>
    </message>
    <message>
        <source>{name} is not scored yet.</source>
        <translation type="unfinished">لم يُقيَّم {name} بعد.</translation>
    </message>
    <message>
        <source>Select a row of the scoreboard to see where it goes wrong.</source>
        <translation type="unfinished">حدّد صفًا في لوحة النتائج لترى أين يخطئ.</translation>
    </message>
    <message>
        <source>{name}: where it goes wrong</source>
        <translation type="unfinished">{name}: أين يخطئ</translation>
    </message>
    <message>
        <source>Gold texts labelled wrongly: {n}</source>
        <translation type="unfinished">النصوص الذهبية المصنّفة خطأً: {n}</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n}</source>
        <translation type="unfinished">الصحيحة {true}، المتوقَّعة {predicted}: {n}</translation>
    </message>
</context>
<context>
    <name>ServerTeacherForm</name>
    <message>
        <source>Find servers on this computer</source>
        <translation type="unfinished">ابحث عن خوادم على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>for example http://127.0.0.1:11434/v1 or https://api.openai.com/v1</source>
        <translation type="unfinished">مثل http://127.0.0.1:11434/v1 أو https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation type="unfinished">اسم النموذج على الخادم</translation>
    </message>
    <message>
        <source>only for online APIs</source>
        <translation type="unfinished">لواجهات API عبر الإنترنت فقط</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished">اختبار الاتصال</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">عنوان الخادم</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">النموذج</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished">مفتاح API</translation>
    </message>
    <message>
        <source>A key for this server is stored on this computer; type a new one to replace it.</source>
        <translation type="unfinished">مفتاح هذا الخادم محفوظ على هذا الكمبيوتر؛ اكتب مفتاحًا جديدًا لاستبداله.</translation>
    </message>
    <message>
        <source>needs an API key</source>
        <translation type="unfinished">يحتاج إلى مفتاح API</translation>
    </message>
    <message>
        <source>model {name}</source>
        <translation type="unfinished">النموذج {name}</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation type="unfinished">{n} نموذج</translation>
    </message>
    <message>
        <source>Shule can look for Ollama, LM Studio, a llama.cpp server or vLLM running on this computer.</source>
        <translation type="unfinished">يستطيع Shule البحث عن Ollama أو LM Studio أو خادم llama.cpp أو vLLM يعمل على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Start one, or type the address of an online API.</source>
        <translation type="unfinished">لا يعمل أي خادم نماذج على هذا الكمبيوتر. شغّل واحدًا، أو اكتب عنوان واجهة API عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Found on this computer (choose one):</source>
        <translation type="unfinished">وُجد على هذا الكمبيوتر (اختر واحدًا):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished">في كل مكان</translation>
    </message>
    <message>
        <source>On the Review page</source>
        <translation type="unfinished">في صفحة المراجعة</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">المفاتيح</translation>
    </message>
    <message>
        <source>Every step can be reached from the keyboard: Tab moves between fields and buttons, Space or Enter presses a button. On the Review page, press ? to see its keys and change them.</source>
        <translation type="unfinished">يمكن الوصول إلى كل خطوة من لوحة المفاتيح: Tab ينتقل بين الحقول والأزرار، وSpace أو Enter يضغط الزر. في صفحة المراجعة، اضغط ? لرؤية مفاتيحها وتغييرها.</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">تم</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">الخطوة التالية</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">المعلّم</translation>
    </message>
    <message>
        <source>Choose the large language model that writes example texts for each label: a GGUF model file on this computer, or a model server. A model that knows your language well gives better samples.</source>
        <translation type="unfinished">اختر النموذج اللغوي الكبير الذي يكتب نصوصًا كأمثلة لكل فئة: ملف نموذج GGUF على هذا الكمبيوتر، أو خادم نماذج. النموذج الذي يعرف لغتك جيدًا يعطي عيّنات أفضل.</translation>
    </message>
    <message>
        <source>A model file on this computer (GGUF)</source>
        <translation type="unfinished">ملف نموذج على هذا الكمبيوتر (GGUF)</translation>
    </message>
    <message>
        <source>A model server (Ollama, LM Studio, llama.cpp server, vLLM, or an online API)</source>
        <translation type="unfinished">خادم نماذج (Ollama، LM Studio، خادم llama.cpp، vLLM، أو واجهة API عبر الإنترنت)</translation>
    </message>
    <message>
        <source>Path to a .gguf model file</source>
        <translation type="unfinished">مسار ملف نموذج .gguf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">استعراض…</translation>
    </message>
    <message>
        <source>Recommended models…</source>
        <translation type="unfinished">النماذج المُوصى بها…</translation>
    </message>
    <message>
        <source>Download a recommended teacher model, or choose one already on this computer.</source>
        <translation type="unfinished">نزّل نموذج معلّم مُوصى به، أو اختر نموذجًا موجودًا على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished">ملف النموذج</translation>
    </message>
    <message>
        <source>Use this teacher</source>
        <extracomment>Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">استخدم هذا المعلّم</translation>
    </message>
    <message>
        <source>Looking for servers on this computer…</source>
        <translation type="unfinished">جارٍ البحث عن خوادم على هذا الكمبيوتر…</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first, or choose a server found on this computer.</source>
        <translation type="unfinished">اكتب عنوان الخادم أولًا، أو اختر خادمًا وُجد على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished">جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>Shule found a model server on this computer: {names}. Choose “A model server” to use it.</source>
        <translation type="unfinished">وجد Shule خادم نماذج على هذا الكمبيوتر: {names}. اختر «خادم نماذج» لاستخدامه.</translation>
    </message>
    <message>
        <source>Choose a model file first.</source>
        <translation type="unfinished">اختر ملف نموذج أولًا.</translation>
    </message>
    <message>
        <source>Type or choose the model&apos;s name.</source>
        <translation type="unfinished">اكتب اسم النموذج أو اختره.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address.</source>
        <translation type="unfinished">«{address}» ليس عنوان ويب.</translation>
    </message>
    <message>
        <source>No teacher chosen yet. Your usual teacher is filled in: check it, then click “Use this teacher”.</source>
        <translation type="unfinished">لم يُختر معلّم بعد. مُلئ معلّمك المعتاد: تحقق منه، ثم انقر «استخدم هذا المعلّم».</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">لم يُختر معلّم بعد.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">معلّم هذا المشروع: النموذج {model} على الخادم في {url}.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: {path}
{about}</source>
        <translation type="unfinished">معلّم هذا المشروع: {path}
{about}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Train</source>
        <translation type="unfinished">التدريب</translation>
    </message>
    <message>
        <source>Train a small model (the student) on your accepted samples. The quick student trains in seconds; a pretrained base that knows your language usually scores higher but takes longer.</source>
        <translation type="unfinished">درّب نموذجًا صغيرًا (الطالب) على عيّناتك المقبولة. يتدرّب الطالب السريع في ثوانٍ؛ أما النموذج الأساسي المُدرَّب مسبقًا الذي يعرف لغتك فيحقق عادةً نتيجة أعلى لكنه يستغرق وقتًا أطول.</translation>
    </message>
    <message>
        <source>Training loss by step, and the score on the held-out samples after each epoch</source>
        <translation type="unfinished">خسارة التدريب حسب الخطوة، والنتيجة على العيّنات المحجوزة بعد كل حقبة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">النموذج</translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">الطالب</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished">تاريخ التدريب</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">العيّنات</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">النتيجة</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished">كيف انتهى</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation type="unfinished">النماذج المُدرَّبة</translation>
    </message>
    <message>
        <source>The training pack is installed: press Train to fine-tune the student.</source>
        <translation type="unfinished">حزمة التدريب مثبّتة: اضغط «التدريب» لضبط الطالب.</translation>
    </message>
    <message>
        <source>Stopping: the student finishes its current step and keeps the best epoch scored so far, if there is one…</source>
        <translation type="unfinished">جارٍ الإيقاف: ينهي الطالب خطوته الحالية ويحتفظ بأفضل حقبة قُيّمت حتى الآن، إن وُجدت…</translation>
    </message>
    <message>
        <source>Training stopped; nothing was saved.</source>
        <translation type="unfinished">توقّف التدريب؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Ready: {n} accepted samples; a fifth of each label is held out to measure the result.</source>
        <translation type="unfinished">جاهز: {n} عيّنة مقبولة؛ يُحجز خُمس كل فئة لقياس النتيجة.</translation>
    </message>
    <message>
        <source>1 gold example also appears among the training samples: it is left out of training, so the score stays honest.</source>
        <translation type="unfinished">يظهر مثال ذهبي واحد أيضًا بين عيّنات التدريب: يُستبعد من التدريب، كي تبقى النتيجة نزيهة.</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training, so the score stays honest.</source>
        <translation type="unfinished">يظهر {n} مثال ذهبي أيضًا بين عيّنات التدريب: تُستبعد من التدريب، كي تبقى النتيجة نزيهة.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished">اكتمل</translation>
    </message>
    <message>
        <source>no figures: too few samples were held out for evaluation</source>
        <translation type="unfinished">لا أرقام: حُجزت عيّنات أقل من اللازم للتقييم</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">ذهبية</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">محجوزة</translation>
    </message>
    <message>
        <source>accuracy {acc:.0%} · macro-F1 {f1:.2f} on {n} {on} samples</source>
        <translation type="unfinished">الدقة {acc:.0%} · macro-F1 {f1:.2f} على {n} عيّنة {on}</translation>
    </message>
    <message>
        <source>Trained {model}: {figures}.</source>
        <translation type="unfinished">تم تدريب {model}: {figures}.</translation>
    </message>
    <message>
        <source>stopped early at epoch {n}</source>
        <translation type="unfinished">توقّف مبكرًا عند الحقبة {n}</translation>
    </message>
    <message>
        <source>cancelled, kept epoch {n}</source>
        <translation type="unfinished">أُلغي، واحتُفظ بالحقبة {n}</translation>
    </message>
    <message>
        <source>stopped after {n} steps</source>
        <translation type="unfinished">توقّف بعد {n} خطوة</translation>
    </message>
    <message>
        <source>Stopped: kept the best model so far (epoch {epoch}, dev macro-F1 {f1:.2f}).</source>
        <translation type="unfinished">توقّف: احتُفظ بأفضل نموذج حتى الآن (الحقبة {epoch}، macro-F1 للتحقق {f1:.2f}).</translation>
    </message>
    <message>
        <source>Stopped early at epoch {n}: the dev score had not improved for {patience} epochs; kept epoch {best}.</source>
        <translation type="unfinished">توقّف مبكرًا عند الحقبة {n}: لم تتحسن نتيجة التحقق منذ {patience} حقبة؛ احتُفظ بالحقبة {best}.</translation>
    </message>
</context>
<context>
    <name>TrainingPackBox</name>
    <message>
        <source>Training pack</source>
        <translation type="unfinished">حزمة التدريب</translation>
    </message>
    <message>
        <source>Install the training pack</source>
        <translation type="unfinished">تثبيت حزمة التدريب</translation>
    </message>
    <message>
        <source>Install from a folder of wheels…</source>
        <translation type="unfinished">التثبيت من مجلد ملفات wheel…</translation>
    </message>
    <message>
        <source>Without internet: choose the wheels folder of Shule&apos;s offline bundle.</source>
        <translation type="unfinished">دون إنترنت: اختر مجلد wheels في حزمة Shule غير المتصلة.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack: PyTorch and transformers, which Shule uses only to fine-tune pretrained students (the quick student needs no pack).</source>
        <translation type="unfinished">يحتاج ضبط طالب مُدرَّب مسبقًا إلى حزمة تدريب Shule: PyTorch وtransformers، ولا يستخدمهما Shule إلا لضبط الطلاب المُدرَّبين مسبقًا (الطالب السريع لا يحتاج إلى أي حزمة).</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA GPU, so Shule installs the pack with GPU support: about 4 GB to download (without GPU support it would be about 1 GB).</source>
        <translation type="unfinished">في هذا الكمبيوتر GPU من NVIDIA، لذا يثبّت Shule الحزمة مع دعم GPU: نحو 4 GB للتنزيل (بدون دعم GPU ستكون نحو 1 GB).</translation>
    </message>
    <message>
        <source>This computer has no NVIDIA GPU, so Shule installs the pack without GPU support: about 1 GB to download (with NVIDIA GPU support it would be about 4 GB).</source>
        <translation type="unfinished">ليس في هذا الكمبيوتر GPU من NVIDIA، لذا يثبّت Shule الحزمة بدون دعم GPU: نحو 1 GB للتنزيل (مع دعم GPU من NVIDIA ستكون نحو 4 GB).</translation>
    </message>
    <message>
        <source>It is about 1 GB to download, or about 4 GB with NVIDIA GPU support; Shule picks the one that fits this computer.</source>
        <translation type="unfinished">حجم التنزيل نحو 1 GB، أو نحو 4 GB مع دعم GPU من NVIDIA؛ يختار Shule ما يناسب هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Installing it needs about {size} of free disk space.</source>
        <translation type="unfinished">يحتاج التثبيت إلى نحو {size} من المساحة الحرة على القرص.</translation>
    </message>
    <message>
        <source>The pack installed earlier does not load: install it again.</source>
        <translation type="unfinished">الحزمة المثبّتة سابقًا لا تُحمَّل: ثبّتها مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose the folder of wheels (the offline bundle&apos;s wheels folder)</source>
        <translation type="unfinished">اختر مجلد ملفات wheel (مجلد wheels في الحزمة غير المتصلة)</translation>
    </message>
    <message>
        <source>Stopping the installation…</source>
        <translation type="unfinished">جارٍ إيقاف التثبيت…</translation>
    </message>
    <message>
        <source>The installation stopped; nothing was installed.</source>
        <translation type="unfinished">توقّف التثبيت؛ لم يُثبَّت شيء.</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>More settings</source>
        <translation type="unfinished">إعدادات إضافية</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished">تلقائي</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished">الحقبات</translation>
    </message>
    <message>
        <source>Passes over the training samples. Automatic: 10 for a pretrained base (early stopping ends most runs sooner), 15 for the quick student.</source>
        <translation type="unfinished">عدد المرات التي يمر فيها التدريب على العيّنات. تلقائي: 10 للنموذج الأساسي المُدرَّب مسبقًا (الإيقاف المبكر ينهي معظم عمليات التدريب قبل ذلك)، و15 للطالب السريع.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished">معدّل التعلّم</translation>
    </message>
    <message>
        <source>Automatic: chosen from the size of the model.</source>
        <translation type="unfinished">تلقائي: يُختار حسب حجم النموذج.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished">حجم الدفعة</translation>
    </message>
    <message>
        <source>Samples per step. Automatic: grows with the data, from 4 for a few samples to 64 for many.</source>
        <translation type="unfinished">العيّنات لكل خطوة. تلقائي: يزداد مع البيانات، من 4 للعيّنات القليلة إلى 64 للكثيرة.</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation type="unfinished">صبر الإيقاف المبكر</translation>
    </message>
    <message>
        <source>Training stops when the score on the held-out samples has not improved for this many epochs.</source>
        <translation type="unfinished">يتوقف التدريب عندما لا تتحسن النتيجة على العيّنات المحجوزة طوال هذا العدد من الحقبات.</translation>
    </message>
    <message>
        <source>Stop after epochs without progress</source>
        <translation type="unfinished">التوقف بعد حقبات دون تقدّم</translation>
    </message>
</context>
<context>
    <name>TryItBox</name>
    <message>
        <source>No exported model loaded yet.</source>
        <extracomment>A bundle was loaded (its folder): the page and window may show it.</extracomment>
        <translation type="unfinished">لم يُحمَّل أي نموذج مُصدَّر بعد.</translation>
    </message>
    <message>
        <source>Load exported model…</source>
        <translation type="unfinished">تحميل نموذج مُصدَّر…</translation>
    </message>
    <message>
        <source>Full (fp32) is the exported model as trained; small (int8) is about four times smaller and faster on CPUs.</source>
        <translation type="unfinished">الكامل (fp32) هو النموذج المُصدَّر كما دُرّب؛ والصغير (int8) أصغر بنحو أربع مرات وأسرع على CPU.</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation type="unfinished">النص المراد تصنيفه</translation>
    </message>
    <message>
        <source>Load an exported model, then type or paste text.</source>
        <translation type="unfinished">حمّل نموذجًا مُصدَّرًا، ثم اكتب نصًا أو الصقه.</translation>
    </message>
    <message>
        <source>Choose an exported model folder</source>
        <translation type="unfinished">اختر مجلد نموذج مُصدَّر</translation>
    </message>
    <message>
        <source>Type or paste text in {language}.</source>
        <translation type="unfinished">اكتب نصًا بلغة {language} أو الصقه.</translation>
    </message>
    <message>
        <source>Type or paste text.</source>
        <translation type="unfinished">اكتب نصًا أو الصقه.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">كامل (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">صغير (int8)</translation>
    </message>
    <message>
        <source>Trying {folder} — {variant}</source>
        <translation type="unfinished">تجربة {folder} — {variant}</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>Try it</source>
        <translation type="unfinished">جرّبه</translation>
    </message>
    <message>
        <source>Type or paste text and see which label an exported model gives it, and how sure it is. Any exported model folder loads, also one made on another computer.</source>
        <translation type="unfinished">اكتب نصًا أو الصقه لترى أي فئة يعطيها له النموذج المُصدَّر، ومدى ثقته بها. يمكن تحميل أي مجلد نموذج مُصدَّر، حتى لو صُنع على كمبيوتر آخر.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The {kind} process stopped unexpectedly (exit code {code}).</source>
        <translation type="unfinished">توقّفت عملية {kind} بشكل غير متوقع (رمز الخروج {code}).</translation>
    </message>
    <message>
        <source>The {kind} step failed: {message}</source>
        <translation type="unfinished">فشلت خطوة {kind}: {message}</translation>
    </message>
    <message>
        <source>Its last words: {tail}</source>
        <translation type="unfinished">آخر ما كتبته العملية: {tail}</translation>
    </message>
    <message>
        <source>Shule could not back up {name} in {folder} before upgrading it to this version ({error}), so the project was left as it was.</source>
        <translation type="unfinished">تعذّر على Shule أخذ نسخة احتياطية من {name} في {folder} قبل ترقيته إلى هذا الإصدار ({error})، لذا تُرك المشروع كما كان.</translation>
    </message>
    <message>
        <source>{name} is in a folder Shule cannot write to ({folder}): copy the project to a folder you can write to and open it from there.</source>
        <translation type="unfinished">{name} في مجلد لا يستطيع Shule الكتابة فيه ({folder}): انسخ المشروع إلى مجلد يمكنك الكتابة فيه وافتحه من هناك.</translation>
    </message>
    <message>
        <source>{name} is read-only: allow changes to the file, or open a copy of it.</source>
        <translation type="unfinished">{name} للقراءة فقط: اسمح بتغيير الملف، أو افتح نسخة منه.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} cannot be opened: free some space, then open it again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا لا يمكن فتح {name}: حرّر بعض المساحة، ثم افتحه مرة أخرى.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to back up {name} before upgrading it to this version of Shule (the copy needs about {mb:.1f} MB), so the project was left as it was: free some space, then open it again.</source>
        <translation type="unfinished">لا توجد مساحة حرة كافية على القرص لأخذ نسخة احتياطية من {name} قبل ترقيته إلى هذا الإصدار من Shule (تحتاج النسخة إلى نحو {mb:.1f} MB)، لذا تُرك المشروع كما كان: حرّر بعض المساحة، ثم افتحه مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}): it may be damaged, or in use by another program.</source>
        <translation type="unfinished">تعذّر فتح {name} ({error}): قد يكون تالفًا، أو يستخدمه برنامج آخر.</translation>
    </message>
    <message>
        <source>Upgrading {name} to this version of Shule failed ({error}), so the project is unchanged; a backup copy of it is at {backup}.</source>
        <translation type="unfinished">فشلت ترقية {name} إلى هذا الإصدار من Shule ({error})، لذا لم يتغير المشروع؛ توجد نسخة احتياطية منه في {backup}.</translation>
    </message>
    <message>
        <source>it lacks the {table} table</source>
        <translation type="unfinished">ينقصه الجدول {table}</translation>
    </message>
    <message>
        <source>A classifier needs at least 2 labels: add another label.</source>
        <translation type="unfinished">يحتاج المصنِّف إلى فئتين على الأقل: أضف فئة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change to {name} was not saved; the project is as it was before it. Free some space, then try again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا لم يُحفظ آخر تغيير على {name}؛ المشروع كما كان قبله. حرّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This project has no model called {model}.</source>
        <translation type="unfinished">لا يوجد في هذا المشروع نموذج باسم {model}.</translation>
    </message>
    <message>
        <source>it lacks the {tables} tables</source>
        <translation type="unfinished">تنقصه الجداول {tables}</translation>
    </message>
    <message>
        <source>its language is missing or unreadable</source>
        <translation type="unfinished">لغته مفقودة أو لا يمكن قراءتها</translation>
    </message>
    <message>
        <source>A label has no name: give every label a short name.</source>
        <translation type="unfinished">إحدى الفئات بلا اسم: أعطِ كل فئة اسمًا قصيرًا.</translation>
    </message>
    <message>
        <source>Label “{label}” needs a one-line description of what belongs in it.</source>
        <translation type="unfinished">تحتاج الفئة «{label}» إلى وصف من سطر واحد لما ينتمي إليها.</translation>
    </message>
    <message>
        <source>The label “{label}” appears twice: label names must be different.</source>
        <translation type="unfinished">الفئة «{label}» مكررة مرتين: يجب أن تكون أسماء الفئات مختلفة.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another name or open it instead.</source>
        <translation type="unfinished">{path} موجود بالفعل: اختر اسمًا آخر أو افتحه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>There is no project file at {path}.</source>
        <translation type="unfinished">لا يوجد ملف مشروع في {path}.</translation>
    </message>
    <message>
        <source>{name} is not a Shule project file.</source>
        <translation type="unfinished">{name} ليس ملف مشروع Shule.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Shule: update Shule to open it.</source>
        <translation type="unfinished">أُنشئ {name} بإصدار أحدث من Shule: حدّث Shule لفتحه.</translation>
    </message>
    <message>
        <source>{name} is damaged: {damage}. Open a backup copy of it instead, if you have one.</source>
        <translation type="unfinished">{name} تالف: {damage}. افتح نسخة احتياطية منه بدلًا من ذلك، إن كانت لديك.</translation>
    </message>
    <message>
        <source>There is no sample with id {id}.</source>
        <translation type="unfinished">لا توجد عيّنة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts left to rank: import some of your own texts first.</source>
        <translation type="unfinished">لم تبقَ نصوص غير مصنّفة لترتيبها: استورد بعضًا من نصوصك أولًا.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts to annotate: import some first.</source>
        <translation type="unfinished">لا توجد نصوص غير مصنّفة لتصنيفها: استورد بعضها أولًا.</translation>
    </message>
    <message>
        <source>{done} of {total} texts</source>
        <translation type="unfinished">{done} من {total} نص</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is damaged ({why}): reinstall Shule, or fix or remove the file that {variable} names.</source>
        <translation type="unfinished">قائمة نماذج المعلّم {path} تالفة ({why}): أعد تثبيت Shule، أو أصلح الملف الذي يشير إليه {variable} أو احذفه.</translation>
    </message>
    <message>
        <source>context is missing or not a positive whole number</source>
        <translation type="unfinished">context مفقود أو ليس عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <source>size_bytes is neither null nor a positive whole number</source>
        <translation type="unfinished">size_bytes ليس null ولا عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <source>commercial_use is not true or false</source>
        <translation type="unfinished">commercial_use ليس true ولا false</translation>
    </message>
    <message>
        <source>languages is not a list of language codes</source>
        <translation type="unfinished">languages ليست قائمة برموز لغات</translation>
    </message>
    <message>
        <source>its id or revision is empty</source>
        <translation type="unfinished">معرّفه أو مراجعته فارغة</translation>
    </message>
    <message>
        <source>repo {repo} is not shaped like owner/name</source>
        <translation type="unfinished">المستودع {repo} ليس على شكل owner/name</translation>
    </message>
    <message>
        <source>file {file} is not a .gguf file inside the repo</source>
        <translation type="unfinished">الملف {file} ليس ملف .gguf داخل المستودع</translation>
    </message>
    <message>
        <source>sha256 is neither null nor 64 hexadecimal digits</source>
        <translation type="unfinished">sha256 ليس null ولا 64 رقمًا سداسيًا عشريًا</translation>
    </message>
    <message>
        <source>There is no teacher model called {name} in Shule&apos;s list: choose one of {known}.</source>
        <translation type="unfinished">لا يوجد نموذج معلّم باسم {name} في قائمة Shule: اختر واحدًا من {known}.</translation>
    </message>
    <message>
        <source>It needs {need:g} GB of memory, and this computer has {has}: choose a smaller model.</source>
        <translation type="unfinished">يحتاج إلى {need:g} GB من الذاكرة، وفي هذا الكمبيوتر {has}: اختر نموذجًا أصغر.</translation>
    </message>
    <message>
        <source>{key} is missing or not text</source>
        <translation type="unfinished">{key} مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <source>{key} is missing or not a positive number</source>
        <translation type="unfinished">{key} مفقود أو ليس عددًا موجبًا</translation>
    </message>
    <message>
        <source>entry {n} is not an object</source>
        <translation type="unfinished">الإدخال {n} ليس كائنًا</translation>
    </message>
    <message>
        <source>entry {n}: {problem}</source>
        <translation type="unfinished">الإدخال {n}: {problem}</translation>
    </message>
    <message>
        <source>it has no list of teachers</source>
        <translation type="unfinished">ليست فيه قائمة معلّمين</translation>
    </message>
    <message>
        <source>The list of teacher models {path} was written for a newer Shule: update Shule.</source>
        <translation type="unfinished">كُتبت قائمة نماذج المعلّم {path} لإصدار أحدث من Shule: حدّث Shule.</translation>
    </message>
    <message>
        <source>two entries share an id</source>
        <translation type="unfinished">إدخالان يتشاركان المعرّف نفسه</translation>
    </message>
    <message>
        <source>It fits in the memory of the GPU ({gpu}: it needs {need:g} GB, the GPU has {has}), so it runs fast.</source>
        <translation type="unfinished">يتسع في ذاكرة GPU ({gpu}: يحتاج إلى {need:g} GB، وفي GPU {has})، لذا يعمل بسرعة.</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no NVIDIA GPU was found (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">سيعمل على CPU، ببطء، لأنه لم يُعثر على GPU من NVIDIA (يحتاج إلى {need:g} GB من الذاكرة، وفي هذا الكمبيوتر {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and the disk has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">يحتاج تنزيله إلى {need} من المساحة الحرة على القرص، وفي القرص {free}: حرّر بعض المساحة، أو اختر نموذجًا أصغر.</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is missing: reinstall Shule, or point {variable} at an existing file.</source>
        <translation type="unfinished">قائمة نماذج المعلّم {path} مفقودة: أعد تثبيت Shule، أو اجعل {variable} يشير إلى ملف موجود.</translation>
    </message>
    <message>
        <source>it is not readable JSON</source>
        <translation type="unfinished">ليس JSON قابلًا للقراءة</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no GPU has the {vram:g} GB it needs (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">سيعمل على CPU، ببطء، لأنه لا يوجد GPU فيه {vram:g} GB التي يحتاجها (يحتاج إلى {need:g} GB من الذاكرة، وفي هذا الكمبيوتر {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and {where} has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">يحتاج تنزيله إلى {need} من المساحة الحرة على القرص، وفي {where} {free}: حرّر بعض المساحة، أو اختر نموذجًا أصغر.</translation>
    </message>
    <message>
        <source>a good fit</source>
        <translation type="unfinished">مناسب جيدًا</translation>
    </message>
    <message>
        <source>usable, though a better-matched base may do better</source>
        <translation type="unfinished">قابل للاستخدام، وإن كان نموذج أساسي أنسب قد يعطي نتيجة أفضل</translation>
    </message>
    <message>
        <source>not recommended</source>
        <translation type="unfinished">غير مُوصى به</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown, and strips accents or other marks from {dropped} of words: {advice}.</source>
        <translation type="unfinished">يقسّم {base} كلمات {language} إلى {fertility:.1f} قطعة في المتوسط، ويعدّ {unknown} منها مجهولة، ويحذف علامات التشكيل أو غيرها من {dropped} من الكلمات: {advice}.</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown: {advice}.</source>
        <translation type="unfinished">يقسّم {base} كلمات {language} إلى {fertility:.1f} قطعة في المتوسط، ويعدّ {unknown} منها مجهولة: {advice}.</translation>
    </message>
    <message>
        <source>No base model covers {language} well: use the quick student (character n-grams), which works for any script.</source>
        <translation type="unfinished">لا يوجد نموذج أساسي يغطي {language} جيدًا: استخدم الطالب السريع (مقاطع الحروف)، فهو يعمل مع أي نظام كتابة.</translation>
    </message>
    <message>
        <source>{base} covers {language} best ({fertility:.1f} pieces per word, {unknown} unknown): use it as the student base.</source>
        <translation type="unfinished">{base} هو الأفضل في تغطية {language} ({fertility:.1f} قطعة لكل كلمة، {unknown} مجهولة): استخدمه أساسًا للطالب.</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: add some before checking a base model.</source>
        <translation type="unfinished">لا توجد نصوص بلغة {language} بعد: أضف بعضها قبل فحص نموذج أساسي.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer.json (or vocab.txt), so its coverage cannot be checked; pick the model&apos;s folder, or save its tokenizer in the fast format first.</source>
        <translation type="unfinished">لا يحتوي {folder} على tokenizer.json (أو vocab.txt)، لذا لا يمكن فحص تغطيته؛ اختر مجلد النموذج، أو احفظ المقسِّم (tokenizer) بالصيغة السريعة أولًا.</translation>
    </message>
    <message>
        <source>{file} is not a tokenizer file that can be read ({detail}).</source>
        <translation type="unfinished">{file} ليس ملف مقسِّم (tokenizer) يمكن قراءته ({detail}).</translation>
    </message>
    <message>
        <source>Export data as one of: {formats}.</source>
        <translation type="unfinished">صدّر البيانات بإحدى هذه الصيغ: {formats}.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: accept some samples first.</source>
        <translation type="unfinished">لا يوجد ما يُصدَّر بعد: اقبل بعض العيّنات أولًا.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name to export to.</source>
        <translation type="unfinished">{path} مجلد: اختر اسم ملف للتصدير إليه.</translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder name to export the data set to.</source>
        <translation type="unfinished">{path} ملف: اختر اسم مجلد لتصدير مجموعة البيانات إليه.</translation>
    </message>
    <message>
        <source>Shule cannot tell the format from “{name}”: end the name in .csv, .jsonl, .xlsx or .parquet, or give no suffix for a Hugging Face folder.</source>
        <translation type="unfinished">لا يستطيع Shule معرفة الصيغة من «{name}»: اجعل الاسم ينتهي بـ .csv أو .jsonl أو .xlsx أو .parquet، أو اتركه بلا لاحقة لمجلد Hugging Face.</translation>
    </message>
    <message>
        <source>Sample {id} is too long for an Excel cell or holds control characters Excel cannot store: export to CSV, JSONL or Parquet.</source>
        <translation type="unfinished">العيّنة {id} أطول من أن تتسع في خلية Excel أو تحتوي على أحرف تحكّم لا يستطيع Excel تخزينها: صدّر إلى CSV أو JSONL أو Parquet.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; what was there before is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّرت كتابة {path}؛ ما كان موجودًا من قبل لم يتغير. حرّر بعض المساحة، ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّرت كتابة {path}؛ لم يُترك شيء هناك. حرّر بعض المساحة، ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation type="unfinished">تعذّرت كتابة {path}: {error}.</translation>
    </message>
    <message>
        <source>Checking the part downloaded before</source>
        <translation type="unfinished">جارٍ فحص الجزء المُنزَّل سابقًا</translation>
    </message>
    <message>
        <source>Downloading {file} needs {short} more free space on {where}; it has {free} free and the rest of the file takes {remaining}: free some space, or set SHULE_MODELS_DIR to a folder on a bigger disk, then try again.</source>
        <translation type="unfinished">يحتاج تنزيل {file} إلى {short} إضافية من المساحة الحرة على {where}؛ فيه {free} حرة وباقي الملف يشغل {remaining}: حرّر بعض المساحة، أو اضبط SHULE_MODELS_DIR على مجلد في قرص أكبر، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The downloaded file {file} is damaged ({why}): it was removed; download it again.</source>
        <translation type="unfinished">الملف المُنزَّل {file} تالف ({why}): تم حذفه؛ نزّله مرة أخرى.</translation>
    </message>
    <message>
        <source>Shule could not reach {host}: check the internet connection; behind a proxy, set HTTPS_PROXY.</source>
        <translation type="unfinished">تعذّر على Shule الوصول إلى {host}: تحقق من الاتصال بالإنترنت؛ وإن كنت خلف خادم وكيل، فاضبط HTTPS_PROXY.</translation>
    </message>
    <message>
        <source>The proxy server (HTTPS_PROXY or HTTP_PROXY) did not pass on the download of {file} from {host}: check the proxy setting, or ask whoever runs the network.</source>
        <translation type="unfinished">لم يمرّر الخادم الوكيل (HTTPS_PROXY أو HTTP_PROXY) تنزيل {file} من {host}: تحقق من إعداد الخادم الوكيل، أو اسأل المسؤول عن الشبكة.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN): accept the licence on {page} while signed in, create a read token in your Hugging Face settings, set HF_TOKEN to it, then try again.</source>
        <translation type="unfinished">يتطلب {file} أن تقبل ترخيصه على huggingface.co ورمز وصول (HF_TOKEN): اقبل الترخيص على {page} وأنت مسجّل الدخول، وأنشئ رمز قراءة في إعدادات Hugging Face، واضبط HF_TOKEN عليه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection to {host} kept breaking while downloading {file}: check the internet connection, then download it again; it will continue where it stopped.</source>
        <translation type="unfinished">ظل الاتصال بـ {host} ينقطع أثناء تنزيل {file}: تحقق من الاتصال بالإنترنت، ثم نزّله مرة أخرى؛ سيتابع من حيث توقّف.</translation>
    </message>
    <message>
        <source>Checking {file}, downloaded before</source>
        <translation type="unfinished">جارٍ فحص {file} المُنزَّل سابقًا</translation>
    </message>
    <message>
        <source>Downloads are switched off ({name} is set): unset {name} to download {file}, or choose a model file already on this computer.</source>
        <translation type="unfinished">التنزيلات معطّلة (المتغير {name} مضبوط): ألغِ ضبط {name} لتنزيل {file}، أو اختر ملف نموذج موجودًا على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>{host} sent Shule round in circles when asked for {file}: try again later.</source>
        <translation type="unfinished">أدخل {host} برنامج Shule في حلقة مفرغة عند طلب {file}: حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>{host} has no file {file} at the address Shule knows (HTTP {status}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">لا يوجد لدى {host} الملف {file} على العنوان الذي يعرفه Shule (HTTP {status}): قد تكون قائمة النماذج قديمة؛ حدّث Shule، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} when asked for {file}: try again later.</source>
        <translation type="unfinished">أجاب {host} بـ HTTP {status} عند طلب {file}: حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>{host} offers {file} with a different size from the publisher&apos;s ({offered:,} bytes, not {size:,}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">يقدّم {host} الملف {file} بحجم مختلف عن حجمه لدى الناشر ({offered:,} بايت، لا {size:,}): قد تكون قائمة النماذج قديمة؛ حدّث Shule، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>{size:,.0f} MB</source>
        <translation type="unfinished">{size:,.0f} MB</translation>
    </message>
    <message>
        <source>it has {done:,} bytes, not the publisher&apos;s {size:,}</source>
        <translation type="unfinished">حجمه {done:,} بايت، لا {size:,} كما لدى الناشر</translation>
    </message>
    <message>
        <source>its checksum does not match the publisher&apos;s</source>
        <translation type="unfinished">مجموعه الاختباري لا يطابق ما لدى الناشر</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {file} to {folder}: the part downloaded so far is kept; free some space, then download it again to continue.</source>
        <translation type="unfinished">امتلأ القرص أثناء تنزيل {file} إلى {folder}: الجزء المُنزَّل حتى الآن محفوظ؛ حرّر بعض المساحة، ثم نزّله مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>Shule may not write to {folder}: set SHULE_MODELS_DIR to a folder you can write to, then try again.</source>
        <translation type="unfinished">لا يُسمح لـ Shule بالكتابة في {folder}: اضبط SHULE_MODELS_DIR على مجلد يمكنك الكتابة فيه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN) that may read it, and the token given was refused: accept the licence on {page} while signed in, check the token, then try again.</source>
        <translation type="unfinished">يتطلب {file} أن تقبل ترخيصه على huggingface.co ورمز وصول (HF_TOKEN) مسموحًا له بقراءته، وقد رُفض الرمز المُعطى: اقبل الترخيص على {page} وأنت مسجّل الدخول، وتحقق من الرمز، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{host} could not send {file} just now (HTTP {status}): try again later; the download will continue where it stopped.</source>
        <translation type="unfinished">تعذّر على {host} إرسال {file} الآن (HTTP {status}): حاول مرة أخرى لاحقًا؛ سيتابع التنزيل من حيث توقّف.</translation>
    </message>
    <message>
        <source>it is longer than the publisher&apos;s {size:,} bytes</source>
        <translation type="unfinished">حجمه أكبر من {size:,} بايت التي لدى الناشر</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">تم</translation>
    </message>
    <message>
        <source>loading the model</source>
        <translation type="unfinished">جارٍ تحميل النموذج</translation>
    </message>
    <message>
        <source>timing one text at a time</source>
        <translation type="unfinished">جارٍ قياس الوقت نصًا نصًا</translation>
    </message>
    <message>
        <source>The files of model {model_id} are missing: train the student again.</source>
        <translation type="unfinished">ملفات النموذج {model_id} مفقودة: درّب الطالب مرة أخرى.</translation>
    </message>
    <message>
        <source>There is nothing to score on: add gold samples, or train with a dev share.</source>
        <translation type="unfinished">لا يوجد ما يُقيَّم عليه: أضف عيّنات ذهبية، أو درّب مع حصة للتحقق.</translation>
    </message>
    <message>
        <source>scoring {n} gold samples</source>
        <translation type="unfinished">جارٍ تقييم {n} عيّنة ذهبية</translation>
    </message>
    <message>
        <source>scoring {n} held-out samples</source>
        <translation type="unfinished">جارٍ تقييم {n} عيّنة محجوزة</translation>
    </message>
    <message>
        <source>The macro-F1 the int8 model may lose must be zero or more points.</source>
        <translation type="unfinished">يجب أن يكون مقدار macro-F1 الذي قد يخسره نموذج int8 صفرًا أو أكثر من النقاط.</translation>
    </message>
    <message>
        <source>{folder} is not an exported Shule model: export the model first.</source>
        <translation type="unfinished">{folder} ليس نموذج Shule مُصدَّرًا: صدّر النموذج أولًا.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose a folder for the exported model.</source>
        <translation type="unfinished">{folder} ملف: اختر مجلدًا للنموذج المُصدَّر.</translation>
    </message>
    <message>
        <source>{folder} already holds other files: choose an empty folder or a new name for the export.</source>
        <translation type="unfinished">يحتوي {folder} على ملفات أخرى بالفعل: اختر مجلدًا فارغًا أو اسمًا جديدًا للتصدير.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; the zip already there is unchanged. Free some space, then try again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّرت كتابة {file}؛ ملف zip الموجود هناك لم يتغير. حرّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; nothing was left there. Free some space, then try again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّرت كتابة {file}؛ لم يُترك شيء هناك. حرّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not write {file}: {detail}.</source>
        <translation type="unfinished">تعذّرت كتابة {file}: {detail}.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; the bundle already there is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّر تصدير النموذج إلى {folder}؛ الحزمة الموجودة هناك لم تتغير. حرّر بعض المساحة، ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّر تصدير النموذج إلى {folder}؛ لم يُترك شيء هناك. حرّر بعض المساحة، ثم صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>converting the model to ONNX</source>
        <translation type="unfinished">جارٍ تحويل النموذج إلى ONNX</translation>
    </message>
    <message>
        <source>checking the export on {n} texts</source>
        <translation type="unfinished">جارٍ فحص التصدير على {n} نص</translation>
    </message>
    <message>
        <source>writing the model card</source>
        <translation type="unfinished">جارٍ كتابة بطاقة النموذج</translation>
    </message>
    <message>
        <source>making the small int8 model</source>
        <translation type="unfinished">جارٍ صنع نموذج int8 الصغير</translation>
    </message>
    <message>
        <source>checking the {variant} model on {n} texts</source>
        <translation type="unfinished">جارٍ فحص النموذج {variant} على {n} نص</translation>
    </message>
    <message>
        <source>timing the {variant} model on this computer</source>
        <translation type="unfinished">جارٍ قياس وقت النموذج {variant} على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Sample {id} is a gold sample: the test set is never shown to the teacher.</source>
        <translation type="unfinished">العيّنة {id} عيّنة ذهبية: مجموعة الاختبار لا تُعرض على المعلّم أبدًا.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; no samples had been made yet, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">القرص ممتلئ، لذا توقّف التوليد؛ لم تُصنع أي عيّنات بعد، ولم يُكتب شيء ناقصًا. حرّر بعض المساحة، ثم استأنف المهمة {job} لصنع الباقي.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} sample it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">القرص ممتلئ، لذا توقّف التوليد؛ حُفظ ما صُنع حتى الآن: {n} عيّنة ({made})، ولم يُكتب شيء ناقصًا. حرّر بعض المساحة، ثم استأنف المهمة {job} لصنع الباقي.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} samples it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">القرص ممتلئ، لذا توقّف التوليد؛ حُفظ ما صُنع حتى الآن: {n} عيّنة ({made})، ولم يُكتب شيء ناقصًا. حرّر بعض المساحة، ثم استأنف المهمة {job} لصنع الباقي.</translation>
    </message>
    <message>
        <source>The disk is full, so generation could not start; nothing was changed. Free some space, then try again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّر بدء التوليد؛ لم يتغير شيء. حرّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">جارٍ تحميل المعلّم</translation>
    </message>
    <message>
        <source>Choose a teacher before generating samples.</source>
        <translation type="unfinished">اختر معلّمًا قبل توليد العيّنات.</translation>
    </message>
    <message>
        <source>{done} of {total} samples ({per_label}) · about {seconds:.0f} s left</source>
        <translation type="unfinished">{done} من {total} عيّنة ({per_label}) · بقي نحو {seconds:.0f} ث</translation>
    </message>
    <message>
        <source>0 of {total} samples · waiting for the teacher</source>
        <translation type="unfinished">0 من {total} عيّنة · في انتظار المعلّم</translation>
    </message>
    <message>
        <source>The teacher failed {n} times in a row, so generation stopped; the samples made so far are kept. Last error: {error}</source>
        <translation type="unfinished">فشل المعلّم {n} مرات متتالية، لذا توقّف التوليد؛ العيّنات التي صُنعت حتى الآن محفوظة. آخر خطأ: {error}</translation>
    </message>
    <message>
        <source>A gold sample needs a text: type the text the student should label.</source>
        <translation type="unfinished">تحتاج العيّنة الذهبية إلى نص: اكتب النص الذي يجب أن يصنّفه الطالب.</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels: choose one of {labels}.</source>
        <translation type="unfinished">«{label}» ليست من فئات هذا المشروع: اختر واحدة من {labels}.</translation>
    </message>
    <message>
        <source>{size:,.0f} GB</source>
        <translation type="unfinished">{size:,.0f} GB</translation>
    </message>
    <message>
        <source>CPU: {cores}, without AVX2 (models run more slowly)</source>
        <translation type="unfinished">CPU: {cores}، بدون AVX2 (تعمل النماذج أبطأ)</translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <translation type="unfinished">{size:.1f} GB</translation>
    </message>
    <message>
        <source>{n} core</source>
        <translation type="unfinished">{n} نواة</translation>
    </message>
    <message>
        <source>{n} cores</source>
        <translation type="unfinished">{n} أنوية</translation>
    </message>
    <message>
        <source>CPU: {cores}</source>
        <translation type="unfinished">CPU: {cores}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX-512</source>
        <translation type="unfinished">CPU: {cores}، مع AVX-512</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 (no AVX-512)</source>
        <translation type="unfinished">CPU: {cores}، مع AVX2 (بدون AVX-512)</translation>
    </message>
    <message>
        <source>CPU: {cores}, ARM with NEON</source>
        <translation type="unfinished">CPU: {cores}، ARM مع NEON</translation>
    </message>
    <message>
        <source>GPU: {name}, {memory}</source>
        <translation type="unfinished">GPU: {name}، {memory}</translation>
    </message>
    <message>
        <source>Memory: {size}</source>
        <translation type="unfinished">الذاكرة: {size}</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation type="unfinished">الذاكرة: غير معروفة</translation>
    </message>
    <message>
        <source>Free disk: {size} in {path}</source>
        <translation type="unfinished">المساحة الحرة على القرص: {size} في {path}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 and AVX-512</source>
        <translation type="unfinished">CPU: {cores}، مع AVX2 وAVX-512</translation>
    </message>
    <message>
        <source>GPU: none found (NVIDIA GPUs are detected with nvidia-smi)</source>
        <translation type="unfinished">GPU: لم يُعثر على أي منها (يُكتشف GPU من NVIDIA باستخدام nvidia-smi)</translation>
    </message>
    <message>
        <source>{done:,.0f} of {total:,.0f} MB</source>
        <translation type="unfinished">{done:,.0f} من {total:,.0f} MB</translation>
    </message>
    <message>
        <source>{done:,.0f} of {total:,.0f} KB</source>
        <translation type="unfinished">{done:,.0f} من {total:,.0f} KB</translation>
    </message>
    <message>
        <source>{done:,.1f} of {total:,.1f} MB</source>
        <translation type="unfinished">{done:,.1f} من {total:,.1f} MB</translation>
    </message>
    <message>
        <source>{amount} · {speed} · {left}</source>
        <translation type="unfinished">{amount} · {speed} · {left}</translation>
    </message>
    <message>
        <source>The model folder {spec} does not exist, and it is not a Hugging Face model id either (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">مجلد النموذج {spec} غير موجود، وليس معرّف نموذج من Hugging Face أيضًا (مثل FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>{model} is already on this computer</source>
        <translation type="unfinished">{model} موجود بالفعل على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Shule cannot download {model} because Hugging Face&apos;s offline mode is on (HF_HUB_OFFLINE), and it is not on this computer yet: turn offline mode off and connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">لا يستطيع Shule تنزيل {model} لأن وضع عدم الاتصال في Hugging Face مفعّل (HF_HUB_OFFLINE)، والنموذج ليس على هذا الكمبيوتر بعد: أوقف وضع عدم الاتصال واتصل بالإنترنت مرة واحدة، أو اختر مجلد نموذج مُنزَّل.</translation>
    </message>
    <message>
        <source>{speed:.1f} MB/s</source>
        <translation type="unfinished">{speed:.1f} MB/s</translation>
    </message>
    <message>
        <source>{speed:.0f} KB/s</source>
        <translation type="unfinished">{speed:.0f} KB/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished">بقي أقل من دقيقة</translation>
    </message>
    <message>
        <source>Looking up {model} on the Hugging Face hub</source>
        <translation type="unfinished">جارٍ البحث عن {model} في Hugging Face hub</translation>
    </message>
    <message>
        <source>{model} asks you to accept its licence on huggingface.co first: accept it there while signed in, give Shule your access token (HF_TOKEN), then try again, or choose another base.</source>
        <translation type="unfinished">يطلب {model} منك قبول ترخيصه على huggingface.co أولًا: اقبله هناك وأنت مسجّل الدخول، وأعطِ Shule رمز الوصول الخاص بك (HF_TOKEN)، ثم حاول مرة أخرى، أو اختر نموذجًا أساسيًا آخر.</translation>
    </message>
    <message>
        <source>{model} has been disabled on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">عُطّل {model} على Hugging Face hub: اختر نموذجًا أساسيًا آخر.</translation>
    </message>
    <message>
        <source>Shule could not reach the Hugging Face hub to download {model}, and it is not on this computer yet: connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">تعذّر على Shule الوصول إلى Hugging Face hub لتنزيل {model}، والنموذج ليس على هذا الكمبيوتر بعد: اتصل بالإنترنت مرة واحدة، أو اختر مجلد نموذج مُنزَّل.</translation>
    </message>
    <message>
        <source>There is no model called {model} on the Hugging Face hub, and no folder of that name on this computer: check the spelling (such as FacebookAI/xlm-roberta-base), or sign in with an access token (HF_TOKEN) if it is private.</source>
        <translation type="unfinished">لا يوجد نموذج باسم {model} على Hugging Face hub، ولا مجلد بهذا الاسم على هذا الكمبيوتر: تحقق من الكتابة (مثل FacebookAI/xlm-roberta-base)، أو سجّل الدخول برمز وصول (HF_TOKEN) إن كان خاصًا.</translation>
    </message>
    <message>
        <source>{model} changed on the Hugging Face hub while Shule was downloading it: try again.</source>
        <translation type="unfinished">تغيّر {model} على Hugging Face hub أثناء تنزيل Shule له: حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Shule may not write to the Hugging Face cache ({folder}) to download {model}: set HF_HOME to a folder you can write to.</source>
        <translation type="unfinished">لا يُسمح لـ Shule بالكتابة في ذاكرة التخزين المؤقت لـ Hugging Face ({folder}) لتنزيل {model}: اضبط HF_HOME على مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {model}: free some space, or set HF_HOME to a larger disk, then try again.</source>
        <translation type="unfinished">امتلأ القرص أثناء تنزيل {model}: حرّر بعض المساحة، أو اضبط HF_HOME على قرص أكبر، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The Hugging Face hub did not accept the access token on this computer while fetching {model}: renew it (HF_TOKEN), or choose a downloaded model folder.</source>
        <translation type="unfinished">لم يقبل Hugging Face hub رمز الوصول الموجود على هذا الكمبيوتر أثناء جلب {model}: جدّده (HF_TOKEN)، أو اختر مجلد نموذج مُنزَّل.</translation>
    </message>
    <message>
        <source>The Hugging Face hub refused access to {model}: check that your access token (HF_TOKEN) may read it, or choose another base.</source>
        <translation type="unfinished">رفض Hugging Face hub الوصول إلى {model}: تحقق من أن رمز الوصول الخاص بك (HF_TOKEN) مسموح له بقراءته، أو اختر نموذجًا أساسيًا آخر.</translation>
    </message>
    <message>
        <source>The Hugging Face hub could not send {model} just now (HTTP {status}): try again later, or choose a downloaded model folder.</source>
        <translation type="unfinished">تعذّر على Hugging Face hub إرسال {model} الآن (HTTP {status}): حاول مرة أخرى لاحقًا، أو اختر مجلد نموذج مُنزَّل.</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation type="unfinished">بقي نحو {minutes} دقيقة</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation type="unfinished">بقي نحو {hours} ساعة و{minutes} دقيقة</translation>
    </message>
    <message>
        <source>The download of {model} is incomplete: try again.</source>
        <translation type="unfinished">تنزيل {model} غير مكتمل: حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{model} has no config.json, so it is not a model Shule can fine-tune: choose another base.</source>
        <translation type="unfinished">لا يحتوي {model} على config.json، لذا ليس نموذجًا يستطيع Shule ضبطه: اختر نموذجًا أساسيًا آخر.</translation>
    </message>
    <message>
        <source>{model} has no model weights in safetensors format (model.safetensors) on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">لا يحتوي {model} على أوزان نموذج بصيغة safetensors (model.safetensors) على Hugging Face hub: اختر نموذجًا أساسيًا آخر.</translation>
    </message>
    <message>
        <source>{model} has no tokenizer files on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">لا يحتوي {model} على ملفات مقسِّم (tokenizer) على Hugging Face hub: اختر نموذجًا أساسيًا آخر.</translation>
    </message>
    <message>
        <source>{model} lacks weight files its index names ({files}): choose another base.</source>
        <translation type="unfinished">تنقص {model} ملفات أوزان يذكرها فهرسه ({files}): اختر نموذجًا أساسيًا آخر.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to download {model} ({needed:,.0f} MB needed, {free:,.0f} MB free in {folder}): free some space, or set HF_HOME to a larger disk.</source>
        <translation type="unfinished">لا توجد مساحة حرة كافية على القرص لتنزيل {model} (المطلوب {needed:,.0f} MB، والمتاح {free:,.0f} MB في {folder}): حرّر بعض المساحة، أو اضبط HF_HOME على قرص أكبر.</translation>
    </message>
    <message>
        <source>The connection to the Hugging Face hub broke while downloading {model}: try again when you are online, and the download will continue where it stopped.</source>
        <translation type="unfinished">انقطع الاتصال بـ Hugging Face hub أثناء تنزيل {model}: حاول مرة أخرى حين تكون متصلًا، وسيتابع التنزيل من حيث توقّف.</translation>
    </message>
    <message>
        <source>{model} publishes its weights only in the older pickle format, which Shule does not load for safety: choose another base or convert it to safetensors.</source>
        <translation type="unfinished">ينشر {model} أوزانه بصيغة pickle القديمة فقط، والتي لا يحمّلها Shule حفاظًا على الأمان: اختر نموذجًا أساسيًا آخر أو حوّله إلى safetensors.</translation>
    </message>
    <message>
        <source>The weight index of {model} on the Hugging Face hub is damaged: choose another base.</source>
        <translation type="unfinished">فهرس أوزان {model} على Hugging Face hub تالف: اختر نموذجًا أساسيًا آخر.</translation>
    </message>
    <message>
        <source>The download of {model} arrived damaged twice ({file}): check the connection, then try again.</source>
        <translation type="unfinished">وصل تنزيل {model} تالفًا مرتين ({file}): تحقق من الاتصال، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">لا يحتوي {file} على عمود فئة باسم «{column}»؛ أعمدته: لا شيء.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">الصف {row} من {file} {why}. لم يُستورد شيء: أصلح الملف وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">لا يحتوي {file} على عمود نص باسم «{column}»؛ أعمدته: لا شيء.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">لا يحتوي {file} على عمود فئة باسم «{column}»؛ أعمدته: {columns}.</translation>
    </message>
    <message>
        <source>1 row of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">لا يمكن استيراد صف واحد من {file}: {problems}؛ لن يُستورد شيء حتى يُصلح.</translation>
    </message>
    <message>
        <source>{n} rows of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">لا يمكن استيراد {n} صف من {file}: {problems}؛ لن يُستورد شيء حتى تُصلح.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">لا شيء للاستيراد: لا يحتوي {file} على صفوف فيها نص.</translation>
    </message>
    <message>
        <source>{n} texts will be imported from {file}.</source>
        <translation type="unfinished">سيُستورد {n} نص من {file}.</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">سيُستورد {n} عيّنة من {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file}.</source>
        <translation type="unfinished">سيُستورد {n} عيّنة من {file}.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. 1 more row cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">الصف {row} من {file} {why}. ولا يمكن أيضًا استيراد صف آخر: {problems}. لم يُستورد شيء: أصلح الملف وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. {more} more rows cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">الصف {row} من {file} {why}. ولا يمكن أيضًا استيراد {more} صفًا آخر: {problems}. لم يُستورد شيء: أصلح الملف وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{problems}; and {n} more</source>
        <translation type="unfinished">{problems}؛ و{n} غيرها</translation>
    </message>
    <message>
        <source>Import as one of: {kinds}.</source>
        <translation type="unfinished">استورد بإحدى هذه الطرق: {kinds}.</translation>
    </message>
    <message>
        <source>Imported samples can be accepted or pending, not “{status}”.</source>
        <translation type="unfinished">يمكن أن تكون العيّنات المستوردة مقبولة أو قيد الانتظار، لا «{status}».</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">لا يحتوي {file} على عمود نص باسم «{column}»؛ أعمدته: {columns}.</translation>
    </message>
    <message>
        <source>{n} text will be imported from {file}.</source>
        <translation type="unfinished">سيُستورد {n} نص من {file}.</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">سيُستورد {n} مثال ذهبي من {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file}.</source>
        <translation type="unfinished">سيُستورد {n} مثال ذهبي من {file}.</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file} ({labels}).</source>
        <translation type="unfinished">سيُستورد {n} عيّنة من {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file}.</source>
        <translation type="unfinished">سيُستورد {n} عيّنة من {file}.</translation>
    </message>
    <message>
        <source>{problems}; row {row} {why}</source>
        <translation type="unfinished">{problems}؛ الصف {row} {why}</translation>
    </message>
    <message>
        <source>row {row} {why}</source>
        <translation type="unfinished">الصف {row} {why}</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns (is a comma or tab inside a text without quotes?)</source>
        <translation type="unfinished">فيه {cells} خلية لكن الترويسة فيها {columns} عمودًا (هل توجد فاصلة أو مسافة جدولة داخل نص بلا علامات اقتباس؟)</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation type="unfinished">ليس فيه نص</translation>
    </message>
    <message>
        <source>has a text of {n:,} characters; a text to classify can have at most {most:,}: shorten or split it</source>
        <translation type="unfinished">فيه نص طوله {n:,} حرفًا؛ والنص المراد تصنيفه لا يتجاوز {most:,} حرفًا: اختصره أو قسّمه</translation>
    </message>
    <message>
        <source>has text that is not valid Unicode</source>
        <translation type="unfinished">فيه نص ليس Unicode صالحًا</translation>
    </message>
    <message>
        <source>has no label</source>
        <translation type="unfinished">ليست له فئة</translation>
    </message>
    <message>
        <source>Could not write to {name} ({error}); nothing was imported.</source>
        <translation type="unfinished">تعذّرت الكتابة في {name} ({error})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file} ({labels}).</source>
        <translation type="unfinished">سيُستورد {n} مثال ذهبي من {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file}.</source>
        <translation type="unfinished">سيُستورد {n} مثال ذهبي من {file}.</translation>
    </message>
    <message>
        <source>has the label “{label}”, which is not one of this project&apos;s labels ({labels})</source>
        <translation type="unfinished">له الفئة «{label}»، وهي ليست من فئات هذا المشروع ({labels})</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was imported from {file}. Free some space, then import it again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا لم يُستورد شيء من {file}. حرّر بعض المساحة، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>generate</source>
        <translation type="unfinished">التوليد</translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished">التدريب</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation type="unfinished">التقييم</translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">التصدير</translation>
    </message>
    <message>
        <source>score_teacher</source>
        <translation type="unfinished">تقييم المعلّم</translation>
    </message>
    <message>
        <source>learning_curve</source>
        <translation type="unfinished">منحنى التعلّم</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished">الترتيب</translation>
    </message>
    <message>
        <source>“{code}” is not a known language code.</source>
        <translation type="unfinished">«{code}» ليس رمز لغة معروفًا.</translation>
    </message>
    <message>
        <source>Type a language name or code.</source>
        <translation type="unfinished">اكتب اسم لغة أو رمزها.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known.</source>
        <translation type="unfinished">لا توجد لغة معروفة باسم «{name}».</translation>
    </message>
    <message>
        <source>No language called “{name}” is known. Did you mean {language}?</source>
        <translation type="unfinished">لا توجد لغة معروفة باسم «{name}». هل تقصد {language}؟</translation>
    </message>
    <message>
        <source>There is nothing to score the curve on: add gold samples, or more accepted samples.</source>
        <translation type="unfinished">لا يوجد ما يُقيَّم عليه المنحنى: أضف عيّنات ذهبية، أو مزيدًا من العيّنات المقبولة.</translation>
    </message>
    <message>
        <source>{percent} %: {status}</source>
        <translation type="unfinished">{percent} %: {status}</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels.</source>
        <translation type="unfinished">«{label}» ليست من فئات هذا المشروع.</translation>
    </message>
    <message>
        <source>A sample&apos;s text cannot be empty.</source>
        <translation type="unfinished">لا يمكن أن يكون نص العيّنة فارغًا.</translation>
    </message>
    <message>
        <source>The target must be at least 1 sample per label.</source>
        <translation type="unfinished">يجب أن يكون الهدف عيّنة واحدة على الأقل لكل فئة.</translation>
    </message>
    <message>
        <source>This project has no trained model yet: train a student first.</source>
        <translation type="unfinished">لا يوجد في هذا المشروع نموذج مُدرَّب بعد: درّب طالبًا أولًا.</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}, loss {loss:.3f}</source>
        <translation type="unfinished">الحقبة {epoch}/{epochs}، الخسارة {loss:.3f}</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (settings.json is missing).</source>
        <translation type="unfinished">{folder} ليس مهمة تدريب من Shule (الملف settings.json مفقود).</translation>
    </message>
    <message>
        <source>The training job in {folder} has no output/metrics.json: run it again.</source>
        <translation type="unfinished">لا تحتوي مهمة التدريب في {folder} على output/metrics.json: شغّلها مرة أخرى.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: the run may not have saved its model.</source>
        <translation type="unfinished">لا يحتوي {folder} على config.json: ربما لم يحفظ التشغيل نموذجه.</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder for the training job.</source>
        <translation type="unfinished">{folder} موجود بالفعل وليس فارغًا: اختر مجلدًا جديدًا لمهمة التدريب.</translation>
    </message>
    <message>
        <source>The quick student trains in seconds on this computer: export a training job for a pretrained base model instead.</source>
        <translation type="unfinished">يتدرّب الطالب السريع في ثوانٍ على هذا الكمبيوتر: صدّر بدلًا من ذلك مهمة تدريب لنموذج أساسي مُدرَّب مسبقًا.</translation>
    </message>
    <message>
        <source>Name the base model: a folder or a Hugging Face model id.</source>
        <translation type="unfinished">سمِّ النموذج الأساسي: مجلد أو معرّف نموذج من Hugging Face.</translation>
    </message>
    <message>
        <source>{base} is neither a model folder on this computer nor a Hugging Face model id.</source>
        <translation type="unfinished">{base} ليس مجلد نموذج على هذا الكمبيوتر ولا معرّف نموذج من Hugging Face.</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (its settings.json is not Shule&apos;s).</source>
        <translation type="unfinished">{folder} ليس مهمة تدريب من Shule (ملف settings.json فيه ليس من Shule).</translation>
    </message>
    <message>
        <source>The training job in {folder} was written by a newer Shule: update Shule to import it.</source>
        <translation type="unfinished">كُتبت مهمة التدريب في {folder} بإصدار أحدث من Shule: حدّث Shule لاستيرادها.</translation>
    </message>
    <message>
        <source>The training job in {folder} has not finished (output/DONE is missing): run `accelerate launch train.py` there to the end, then import it again.</source>
        <translation type="unfinished">لم تكتمل مهمة التدريب في {folder} (الملف output/DONE مفقود): شغّل `accelerate launch train.py` هناك حتى النهاية، ثم استوردها مرة أخرى.</translation>
    </message>
    <message>
        <source>The data in {folder} was changed after Shule exported it, so Shule cannot tell which samples the model learned from: export a new job.</source>
        <translation type="unfinished">تغيّرت البيانات في {folder} بعد أن صدّرها Shule، لذا لا يستطيع Shule معرفة العيّنات التي تعلّم منها النموذج: صدّر مهمة جديدة.</translation>
    </message>
    <message>
        <source>The training job has no model folder ({folder}): run it again.</source>
        <translation type="unfinished">لا يوجد لمهمة التدريب مجلد نموذج ({folder}): شغّلها مرة أخرى.</translation>
    </message>
    <message>
        <source>{folder} holds pickled weights ({files}), which can run code when loaded: Shule imports safetensors weights only (save_pretrained(safe_serialization=True)).</source>
        <translation type="unfinished">يحتوي {folder} على أوزان بصيغة pickle ({files})، وقد تشغّل شيفرة عند تحميلها: لا يستورد Shule إلا أوزان safetensors (save_pretrained(safe_serialization=True)).</translation>
    </message>
    <message>
        <source>{folder} has no model.safetensors: the run may not have saved its model.</source>
        <translation type="unfinished">لا يحتوي {folder} على model.safetensors: ربما لم يحفظ التشغيل نموذجه.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts {predicted}, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">النموذج في {folder} يتنبأ بالفئات {predicted}، لا بفئات المهمة {labels}: شغّل المهمة مرة أخرى.</translation>
    </message>
    <message>
        <source>copying the base model</source>
        <translation type="unfinished">جارٍ نسخ النموذج الأساسي</translation>
    </message>
    <message>
        <source>The job was trained for the labels {labels}, but this project has {project_labels}: import it into the project it was exported from.</source>
        <translation type="unfinished">دُرّبت المهمة على الفئات {labels}، لكن فئات هذا المشروع هي {project_labels}: استوردها إلى المشروع الذي صُدّرت منه.</translation>
    </message>
    <message>
        <source>The job was exported from another project ({name}): import it into that project.</source>
        <translation type="unfinished">صُدّرت المهمة من مشروع آخر ({name}): استوردها إلى ذلك المشروع.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts no labels, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">النموذج في {folder} لا يتنبأ بأي فئة، لا بفئات المهمة {labels}: شغّل المهمة مرة أخرى.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}): the job folder may be damaged.</source>
        <translation type="unfinished">لا يمكن قراءة {path} ({detail}): قد يكون مجلد المهمة تالفًا.</translation>
    </message>
    <message>
        <source>{path} is missing: copy the whole job folder back, data/ included.</source>
        <translation type="unfinished">{path} مفقود: انسخ مجلد المهمة كاملًا مرة أخرى، بما فيه data/.</translation>
    </message>
    <message>
        <source>This run of the training job is already in the project as model {model_id}.</source>
        <translation type="unfinished">هذا التشغيل لمهمة التدريب موجود بالفعل في المشروع باسم النموذج {model_id}.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">المعلّم</translation>
    </message>
    <message>
        <source>No system keyring is available, so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">لا تتوفر سلسلة مفاتيح للنظام، لذا حُفظ مفتاح API في {path}، وهو ملف لا يقرؤه إلا حساب المستخدم الخاص بك. ويستطيع قراءته أيضًا كل من يمكنه تسجيل الدخول باسمك أو قراءة نسخك الاحتياطية.</translation>
    </message>
    <message>
        <source>No system keyring is available: API keys are kept in {path}, a file only your user account can read.</source>
        <translation type="unfinished">لا تتوفر سلسلة مفاتيح للنظام: تُحفظ مفاتيح API في {path}، وهو ملف لا يقرؤه إلا حساب المستخدم الخاص بك.</translation>
    </message>
    <message>
        <source>The system keyring refused the key ({kind}), so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">رفضت سلسلة مفاتيح النظام المفتاح ({kind})، لذا حُفظ مفتاح API في {path}، وهو ملف لا يقرؤه إلا حساب المستخدم الخاص بك. ويستطيع قراءته أيضًا كل من يمكنه تسجيل الدخول باسمك أو قراءة نسخك الاحتياطية.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring ({keyring}).</source>
        <translation type="unfinished">تُحفظ مفاتيح API في سلسلة مفاتيح النظام ({keyring}).</translation>
    </message>
    <message>
        <source>Other users on this computer can read {path}, so Shule will not use the API keys in it. Make it private (chmod 600 {path}) or delete it and enter the keys again.</source>
        <translation type="unfinished">يستطيع مستخدمون آخرون على هذا الكمبيوتر قراءة {path}، لذا لن يستخدم Shule مفاتيح API الموجودة فيه. اجعله خاصًا (chmod 600 {path}) أو احذفه وأدخل المفاتيح مرة أخرى.</translation>
    </message>
    <message>
        <source>The API key file {path} is damaged; delete it and enter the keys again.</source>
        <translation type="unfinished">ملف مفاتيح API {path} تالف؛ احذفه وأدخل المفاتيح مرة أخرى.</translation>
    </message>
    <message>
        <source>Few-shot generation needs real examples: import or accept some samples first.</source>
        <translation type="unfinished">يحتاج التوليد بأمثلة قليلة إلى أمثلة حقيقية: استورد بعض العيّنات أو اقبلها أولًا.</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: have the teacher propose them first (shule attributes PROJECT --propose), or add your own.</source>
        <translation type="unfinished">يحتاج التوليد المتنوّع إلى مواضيع وأشكال: اجعل المعلّم يقترحها أولًا (shule attributes PROJECT --propose)، أو أضف ما تريد بنفسك.</translation>
    </message>
    <message>
        <source>The teacher&apos;s list of topics and styles could not be read; try again or type your own.</source>
        <translation type="unfinished">تعذّرت قراءة قائمة المواضيع والأشكال التي اقترحها المعلّم؛ حاول مرة أخرى أو اكتبها بنفسك.</translation>
    </message>
    <message>
        <source>loading the base model</source>
        <translation type="unfinished">جارٍ تحميل النموذج الأساسي</translation>
    </message>
    <message>
        <source>The weights in {folder} do not match its config.json: the download may be mixed up.</source>
        <translation type="unfinished">الأوزان في {folder} لا تطابق config.json الخاص به: ربما اختلط التنزيل.</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} cannot be converted to a fast tokenizer.</source>
        <translation type="unfinished">لا يمكن تحويل المقسِّم (tokenizer) في {folder} إلى مقسِّم سريع.</translation>
    </message>
    <message>
        <source>The model folder {folder} is missing: train the student again.</source>
        <translation type="unfinished">مجلد النموذج {folder} مفقود: درّب الطالب مرة أخرى.</translation>
    </message>
    <message>
        <source>Shule cannot load the model in {folder}: {detail}</source>
        <translation type="unfinished">لا يستطيع Shule تحميل النموذج في {folder}: {detail}</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} has no padding token.</source>
        <translation type="unfinished">لا يحتوي المقسِّم (tokenizer) في {folder} على رمز حشو.</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}/{total} · loss {loss:.2f} · about {time} left</source>
        <translation type="unfinished">الحقبة {epoch} · الخطوة {step}/{total} · الخسارة {loss:.2f} · بقي نحو {time}</translation>
    </message>
    <message>
        <source>epoch {epoch}: dev macro-F1 {f1:.2f}</source>
        <translation type="unfinished">الحقبة {epoch}: macro-F1 للتحقق {f1:.2f}</translation>
    </message>
    <message>
        <source>memory is short: each batch now runs in {parts} parts</source>
        <translation type="unfinished">الذاكرة غير كافية: تُنفَّذ كل دفعة الآن على {parts} أجزاء</translation>
    </message>
    <message>
        <source>The model does not fit in memory even one text at a time: choose a smaller base model or a shorter maximum length.</source>
        <translation type="unfinished">لا يتسع النموذج في الذاكرة حتى بنص واحد في كل مرة: اختر نموذجًا أساسيًا أصغر أو طولًا أقصى أقصر.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">تعذّرت قراءة {name} كملف {format}: تحقق من الملف، أو احفظه بصيغة CSV أو TSV أو TXT أو JSONL أو XLSX أو Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">تعذّرت قراءة {name} كمصنّف Excel (.xlsx): تحقق من الملف، أو احفظه بصيغة CSV أو TSV أو TXT أو JSONL أو XLSX أو Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">تعذّرت قراءة {name} كملف Parquet: تحقق من الملف، أو احفظه بصيغة CSV أو TSV أو TXT أو JSONL أو XLSX أو Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">تعذّرت قراءة {name} كملف {format} ({error}): تحقق من الملف، أو احفظه بصيغة CSV أو TSV أو TXT أو JSONL أو XLSX أو Parquet.</translation>
    </message>
    <message>
        <source>Shule cannot read {suffix} files: save {name} as CSV, TSV, TXT, JSONL, XLSX or Parquet and try again.</source>
        <translation type="unfinished">لا يستطيع Shule قراءة ملفات {suffix}: احفظ {name} بصيغة CSV أو TSV أو TXT أو JSONL أو XLSX أو Parquet وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">تعذّرت قراءة {name} كمصنّف Excel (.xlsx) ({error}): تحقق من الملف، أو احفظه بصيغة CSV أو TSV أو TXT أو JSONL أو XLSX أو Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">تعذّرت قراءة {name} كملف Parquet ({error}): تحقق من الملف، أو احفظه بصيغة CSV أو TSV أو TXT أو JSONL أو XLSX أو Parquet.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} فارغ.</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: put the column names in row 1.</source>
        <translation type="unfinished">الورقة الأولى في {name} فارغة: ضع أسماء الأعمدة في الصف 1.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished">لا يوجد ملف في {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: choose a file to import.</source>
        <translation type="unfinished">{path} مجلد وليس ملفًا: اختر ملفًا لاستيراده.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <translation type="unfinished">تعذّرت قراءة {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is too big to read into memory: split it into smaller files and import them one by one.</source>
        <translation type="unfinished">{name} أكبر من أن يُقرأ في الذاكرة: قسّمه إلى ملفات أصغر واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 or UTF-16 text (byte {byte} does not fit): save it as UTF-8 and try again.</source>
        <translation type="unfinished">{name} ليس نصًا بترميز UTF-8 أو UTF-16 (البايت {byte} لا يتوافق): احفظه بترميز UTF-8 وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} is not valid {format} near row {row} ({error}): check its quotes.</source>
        <translation type="unfinished">{name} ليس {format} صالحًا قرب الصف {row} ({error}): تحقق من علامات الاقتباس فيه.</translation>
    </message>
    <message>
        <source>{name} has no sheets.</source>
        <translation type="unfinished">لا توجد أوراق في {name}.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation type="unfinished">{name} ليس JSON صالحًا ({error}).</translation>
    </message>
    <message>
        <source>is not a JSON object ({example})</source>
        <translation type="unfinished">ليس كائن JSON ({example})</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation type="unfinished">ليس JSON صالحًا ({error})</translation>
    </message>
    <message>
        <source>There are no gold samples to score the teacher on: add a few gold samples first.</source>
        <translation type="unfinished">لا توجد عيّنات ذهبية لتقييم المعلّم عليها: أضف بضع عيّنات ذهبية أولًا.</translation>
    </message>
    <message>
        <source>This project has no teacher yet: choose one in Teacher settings first.</source>
        <translation type="unfinished">لا يوجد لهذا المشروع معلّم بعد: اختر واحدًا في إعدادات المعلّم أولًا.</translation>
    </message>
    <message>
        <source>{done} of {total} gold texts</source>
        <translation type="unfinished">{done} من {total} نص ذهبي</translation>
    </message>
    <message>
        <source>loading the teacher</source>
        <translation type="unfinished">جارٍ تحميل المعلّم</translation>
    </message>
    <message>
        <source>Unknown teacher kind “{kind}”.</source>
        <translation type="unfinished">نوع معلّم غير معروف «{kind}».</translation>
    </message>
    <message>
        <source>This project&apos;s teacher settings hold an API key, which project files must not: enter the key again in Teacher settings.</source>
        <translation type="unfinished">تحتوي إعدادات المعلّم في هذا المشروع على مفتاح API، وهذا ما يجب ألا تحتويه ملفات المشروع: أدخل المفتاح مرة أخرى في إعدادات المعلّم.</translation>
    </message>
    <message>
        <source>The teacher has no server address: set it in Teacher settings.</source>
        <translation type="unfinished">ليس للمعلّم عنوان خادم: اضبطه في إعدادات المعلّم.</translation>
    </message>
    <message>
        <source>No API key called “{name}” is stored on this computer: enter it in Teacher settings.</source>
        <translation type="unfinished">لا يوجد مفتاح API باسم «{name}» محفوظ على هذا الكمبيوتر: أدخله في إعدادات المعلّم.</translation>
    </message>
    <message>
        <source>The server at {url} answers.</source>
        <translation type="unfinished">الخادم في {url} يستجيب.</translation>
    </message>
    <message>
        <source>It accepted the API key.</source>
        <translation type="unfinished">قَبِل مفتاح API.</translation>
    </message>
    <message>
        <source>It did not ask for an API key.</source>
        <translation type="unfinished">لم يطلب مفتاح API.</translation>
    </message>
    <message>
        <source>It does not list its models, so the model name could not be checked.</source>
        <translation type="unfinished">لا يعرض قائمة نماذجه، لذا تعذّر التحقق من اسم النموذج.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished">توقّف.</translation>
    </message>
    <message>
        <source>It has no models: load or download one there first.</source>
        <translation type="unfinished">لا توجد فيه نماذج: حمّل نموذجًا أو نزّله هناك أولًا.</translation>
    </message>
    <message>
        <source>The model {model} is there.</source>
        <translation type="unfinished">النموذج {model} موجود هناك.</translation>
    </message>
    <message>
        <source>Asking the model for a test reply failed: {error}</source>
        <translation type="unfinished">فشل طلب رد تجريبي من النموذج: {error}</translation>
    </message>
    <message>
        <source>It has {n} model: {models}.</source>
        <translation type="unfinished">فيه {n} نموذج: {models}.</translation>
    </message>
    <message>
        <source>It has {n} models: {models}.</source>
        <translation type="unfinished">فيه {n} نماذج: {models}.</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished">خادم llama.cpp</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished">خادم متوافق مع OpenAI</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation type="unfinished">لا يوجد ملف نموذج في {path}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation type="unfinished">{name} ليس ملف نموذج GGUF.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as a model: {error}</source>
        <translation type="unfinished">تعذّر تحميل {name} كنموذج: {error}</translation>
    </message>
    <message>
        <source>The teacher could not answer: {error}</source>
        <translation type="unfinished">تعذّر على المعلّم الإجابة: {error}</translation>
    </message>
    <message>
        <source>{first} · {then}</source>
        <translation type="unfinished">{first} · {then}</translation>
    </message>
    <message>
        <source>unknown quantization</source>
        <translation type="unfinished">تكميم غير معروف</translation>
    </message>
    <message>
        <source>context {n:,} tokens</source>
        <translation type="unfinished">السياق {n:,} رمز</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation type="unfinished">{size:.1f} MB</translation>
    </message>
    <message>
        <source>no chat template (ChatML is used)</source>
        <translation type="unfinished">لا يوجد قالب محادثة (يُستخدم ChatML)</translation>
    </message>
    <message>
        <source>{name} is not a readable GGUF model file: {error}.</source>
        <translation type="unfinished">{name} ليس ملف نموذج GGUF قابلًا للقراءة: {error}.</translation>
    </message>
    <message>
        <source>{n:.1f} B parameters</source>
        <translation type="unfinished">{n:.1f} مليار مُعامل</translation>
    </message>
    <message>
        <source>{n:.1f} M parameters</source>
        <translation type="unfinished">{n:.1f} مليون مُعامل</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (OpenAI json_schema).</source>
        <translation type="unfinished">مخطط JSON يفرضه الخادم (OpenAI json_schema).</translation>
    </message>
    <message>
        <source>JSON schema enforced by a llama.cpp grammar.</source>
        <translation type="unfinished">مخطط JSON تفرضه قواعد llama.cpp.</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (json_object with a schema).</source>
        <translation type="unfinished">مخطط JSON يفرضه الخادم (json_object مع مخطط).</translation>
    </message>
    <message>
        <source>JSON schema enforced by Ollama (its own chat API).</source>
        <translation type="unfinished">مخطط JSON يفرضه Ollama (عبر واجهة المحادثة الخاصة به).</translation>
    </message>
    <message>
        <source>JSON schema enforced by vLLM guided decoding.</source>
        <translation type="unfinished">مخطط JSON يفرضه الترميز الموجَّه في vLLM.</translation>
    </message>
    <message>
        <source>JSON only, schema not enforced: replies will be checked and some discarded.</source>
        <translation type="unfinished">JSON فقط، دون فرض المخطط: ستُفحص الردود ويُستبعد بعضها.</translation>
    </message>
    <message>
        <source>No structured output support: replies will be checked but many may be discarded.</source>
        <translation type="unfinished">لا دعم للمخرجات المنظَّمة: ستُفحص الردود لكن قد يُستبعد كثير منها.</translation>
    </message>
    <message>
        <source>The server at {url} failed (HTTP {status}): {detail}</source>
        <translation type="unfinished">فشل الخادم في {url} (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {url} is limiting requests (429).</source>
        <translation type="unfinished">الخادم في {url} يحدّ من عدد الطلبات (429).</translation>
    </message>
    <message>
        <source>The server at {url} is busy or still loading (503).</source>
        <translation type="unfinished">الخادم في {url} مشغول أو ما زال يُحمَّل (503).</translation>
    </message>
    <message>
        <source>The server at {url} refused the request (HTTP {status}): {detail}</source>
        <translation type="unfinished">رفض الخادم في {url} الطلب (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}; it has: {models}.</source>
        <translation type="unfinished">لا يوجد في الخادم في {url} نموذج باسم {model}؛ الموجود: {models}.</translation>
    </message>
    <message>
        <source>The server at {url} refused the request.</source>
        <translation type="unfinished">رفض الخادم في {url} الطلب.</translation>
    </message>
    <message>
        <source>Unknown structured output mode “{mode}”; use one of: {modes}.</source>
        <translation type="unfinished">وضع مخرجات منظَّمة غير معروف «{mode}»؛ استخدم أحد هذه: {modes}.</translation>
    </message>
    <message>
        <source>Gave up after {n} retries.</source>
        <translation type="unfinished">تم التوقف بعد {n} محاولة إعادة.</translation>
    </message>
    <message>
        <source>The server at {url} needs an API key (401): add one in Teacher settings.</source>
        <translation type="unfinished">يحتاج الخادم في {url} إلى مفتاح API (401): أضف واحدًا في إعدادات المعلّم.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use this model. {detail}</source>
        <translation type="unfinished">رفض الخادم في {url} الوصول (403): ربما لا يُسمح لمفتاح API باستخدام هذا النموذج. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no OpenAI-compatible API there (404): check the address; it usually ends in /v1.</source>
        <translation type="unfinished">لا توجد واجهة API متوافقة مع OpenAI في ذلك العنوان على الخادم {url} (404): تحقق من العنوان؛ عادةً ينتهي بـ /v1.</translation>
    </message>
    <message>
        <source>The server at {url} has no models: load or download one there first.</source>
        <translation type="unfinished">لا توجد نماذج في الخادم في {url}: حمّل نموذجًا أو نزّله هناك أولًا.</translation>
    </message>
    <message>
        <source>Choose a model: the server at {url} has: {models}.</source>
        <translation type="unfinished">اختر نموذجًا: النماذج الموجودة في الخادم في {url} هي: {models}.</translation>
    </message>
    <message>
        <source>The server at {url} did not answer within {seconds:.0f} s.</source>
        <translation type="unfinished">لم يُجب الخادم في {url} خلال {seconds:.0f} ث.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply larger than {mb} MB; it was not read.</source>
        <translation type="unfinished">أرسل الخادم في {url} ردًا أكبر من {mb} MB؛ لم تتم قراءته.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url}: is it running, and is the address right?</source>
        <translation type="unfinished">لا يمكن الوصول إلى الخادم في {url}: هل هو قيد التشغيل، وهل العنوان صحيح؟</translation>
    </message>
    <message>
        <source>The connection to {url} broke ({kind}) before the reply was complete.</source>
        <translation type="unfinished">انقطع الاتصال بـ {url} ({kind}) قبل اكتمال الرد.</translation>
    </message>
    <message>
        <source>The server refused the API key (401): check the key in Teacher settings.</source>
        <translation type="unfinished">رفض الخادم مفتاح API (401): تحقق من المفتاح في إعدادات المعلّم.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use {model}. {detail}</source>
        <translation type="unfinished">رفض الخادم في {url} الوصول (403): ربما لا يُسمح لمفتاح API باستخدام {model}. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}: {detail}</source>
        <translation type="unfinished">لا يوجد في الخادم في {url} نموذج باسم {model}: {detail}</translation>
    </message>
    <message>
        <source>The server at {url} does not list its models: type the model&apos;s name in Teacher settings.</source>
        <translation type="unfinished">لا يعرض الخادم في {url} قائمة نماذجه: اكتب اسم النموذج في إعدادات المعلّم.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not a chat completion.</source>
        <translation type="unfinished">أرسل الخادم في {url} ردًا ليس إكمال محادثة.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not valid JSON.</source>
        <translation type="unfinished">أرسل الخادم في {url} ردًا ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>It asks to wait {seconds:.0f} s; try again later.</source>
        <translation type="unfinished">يطلب الانتظار {seconds:.0f} ث؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>training the quick student</source>
        <translation type="unfinished">جارٍ تدريب الطالب السريع</translation>
    </message>
    <message>
        <source>saving the model</source>
        <translation type="unfinished">جارٍ حفظ النموذج</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} labels ready now.</source>
        <translation type="unfinished">درّب بعد أن تصبح لدى {min_labels} فئات على الأقل عيّنات مقبولة ({min_per_label} على الأقل لكل منها؛ العيّنات الذهبية لا تُحسب): عدد الفئات الجاهزة الآن {n}.</translation>
    </message>
    <message>
        <source>{folder} has no model weights (model.safetensors): the download may be incomplete.</source>
        <translation type="unfinished">لا يحتوي {folder} على أوزان نموذج (model.safetensors): ربما لم يكتمل التنزيل.</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} label ready now.</source>
        <translation type="unfinished">درّب بعد أن تصبح لدى {min_labels} فئات على الأقل عيّنات مقبولة ({min_per_label} على الأقل لكل منها؛ العيّنات الذهبية لا تُحسب): عدد الفئات الجاهزة الآن {n}.</translation>
    </message>
    <message>
        <source>{folder} has its weights only as pytorch_model.bin, a pickle that can run code when loaded: Shule loads model.safetensors only. Use the safetensors version of this model, or convert it.</source>
        <translation type="unfinished">أوزان {folder} موجودة فقط كملف pytorch_model.bin، وهو pickle قد يشغّل شيفرة عند تحميله: لا يحمّل Shule إلا model.safetensors. استخدم نسخة safetensors من هذا النموذج، أو حوّله.</translation>
    </message>
    <message>
        <source>The model folder {folder} does not exist.</source>
        <translation type="unfinished">مجلد النموذج {folder} غير موجود.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose the folder that holds the model.</source>
        <translation type="unfinished">{folder} ملف: اختر المجلد الذي يحتوي على النموذج.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: choose the folder of a downloaded Hugging Face model.</source>
        <translation type="unfinished">لا يحتوي {folder} على config.json: اختر مجلد نموذج مُنزَّل من Hugging Face.</translation>
    </message>
    <message>
        <source>The config.json in {folder} is damaged or does not name a model type.</source>
        <translation type="unfinished">الملف config.json في {folder} تالف أو لا يذكر نوع النموذج.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer (tokenizer.json or vocabulary files): the download may be incomplete.</source>
        <translation type="unfinished">لا يحتوي {folder} على مقسِّم (tokenizer.json أو ملفات المفردات): ربما لم يكتمل التنزيل.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished">{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished">{seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished">{minutes} د</translation>
    </message>
    <message>
        <source>The disk is full, so the trained model could not be saved: no model was added, and the project and its earlier models are as they were. Free some space, then try again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّر حفظ النموذج المُدرَّب: لم يُضف أي نموذج، والمشروع ونماذجه السابقة كما كانت. حرّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack (PyTorch and transformers, about 1 GB; 4 GB with NVIDIA GPU support), which is not installed: install it from the Train page, or with `shule training-pack install`. The quick student needs no pack.</source>
        <translation type="unfinished">يحتاج ضبط طالب مُدرَّب مسبقًا إلى حزمة تدريب Shule (PyTorch وtransformers، نحو 1 GB؛ و4 GB مع دعم GPU من NVIDIA)، وهي غير مثبّتة: ثبّتها من صفحة التدريب، أو بالأمر `shule training-pack install`. الطالب السريع لا يحتاج إلى أي حزمة.</translation>
    </message>
    <message>
        <source>Installing the training pack failed. pip said: {said}</source>
        <translation type="unfinished">فشل تثبيت حزمة التدريب. قال pip: {said}</translation>
    </message>
    <message>
        <source>the training pack is installed</source>
        <translation type="unfinished">حزمة التدريب مثبّتة</translation>
    </message>
    <message>
        <source>The disk filled up while installing the training pack: free some space, then try again.</source>
        <translation type="unfinished">امتلأ القرص أثناء تثبيت حزمة التدريب: حرّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The folder of wheels lacks some of what the training pack needs: make the offline bundle again with its wheels. pip said: {said}</source>
        <translation type="unfinished">ينقص مجلد ملفات wheel بعض ما تحتاجه حزمة التدريب: أنشئ الحزمة غير المتصلة مرة أخرى مع ملفات wheel الخاصة بها. قال pip: {said}</translation>
    </message>
    <message>
        <source>The training pack could not be downloaded: check the internet connection (behind a proxy, set HTTPS_PROXY), or install it from an offline bundle. pip said: {said}</source>
        <translation type="unfinished">تعذّر تنزيل حزمة التدريب: تحقق من الاتصال بالإنترنت (وإن كنت خلف خادم وكيل، فاضبط HTTPS_PROXY)، أو ثبّتها من حزمة غير متصلة. قال pip: {said}</translation>
    </message>
    <message>
        <source>There is no {variant} training pack: choose cpu or cuda.</source>
        <translation type="unfinished">لا توجد حزمة تدريب {variant}: اختر cpu أو cuda.</translation>
    </message>
    <message>
        <source>Installing the training pack needs about {need} of free disk space in {where}; there are {free}. Free some space, then try again.</source>
        <translation type="unfinished">يحتاج تثبيت حزمة التدريب إلى نحو {need} من المساحة الحرة على القرص في {where}؛ والمتاح {free}. حرّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no folder of wheels at {path}.</source>
        <translation type="unfinished">لا يوجد مجلد ملفات wheel في {path}.</translation>
    </message>
    <message>
        <source>starting pip</source>
        <translation type="unfinished">جارٍ تشغيل pip</translation>
    </message>
    <message>
        <source>ranking {n} texts</source>
        <translation type="unfinished">جارٍ ترتيب {n} نص</translation>
    </message>
    <message>
        <source>The disk is full, so the {kind} step stopped. Free some space, then try again.</source>
        <translation type="unfinished">القرص ممتلئ، لذا توقّفت خطوة {kind}. حرّر بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Create project</source>
        <translation type="unfinished">إنشاء مشروع</translation>
    </message>
    <message>
        <source>Shule projects (*.shule)</source>
        <translation type="unfinished">مشاريع Shule (*.shule)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished">فتح مشروع</translation>
    </message>
    <message>
        <source>Shule projects (*.shule);;All files (*)</source>
        <translation type="unfinished">مشاريع Shule (*.shule);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a teacher model</source>
        <translation type="unfinished">اختر نموذج معلّم</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished">نماذج GGUF (*.gguf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose your texts</source>
        <translation type="unfinished">اختر نصوصك</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished">نصوص (*.txt *.csv *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished">استيراد البيانات</translation>
    </message>
    <message>
        <source>Tables and texts (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV or TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Text, one per line (*.txt);;All files (*)</source>
        <translation type="unfinished">جداول ونصوص (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV أو TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;نص، واحد في كل سطر (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished">JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished">Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Parquet (*.parquet)</source>
        <translation type="unfinished">Parquet (*.parquet)</translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation type="unfinished">مجلد جديد (*)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">تصدير البيانات</translation>
    </message>
    <message>
        <source>Save the exported model as a zip file</source>
        <translation type="unfinished">احفظ النموذج المُصدَّر كملف zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">ملفات Zip (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">كل الملفات (*)</translation>
    </message>
</context>
</TS>
