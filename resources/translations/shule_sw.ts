<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ">
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished">Mada</translation>
    </message>
    <message>
        <source>What the texts are about</source>
        <translation type="unfinished">Maandishi yanahusu nini</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished">Mazingira</translation>
    </message>
    <message>
        <source>Who writes, where, to whom</source>
        <translation type="unfinished">Nani anaandika, wapi, kwa nani</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished">Mitindo ya lugha</translation>
    </message>
    <message>
        <source>Formal, casual, slang…</source>
        <translation type="unfinished">Rasmi, ya kawaida, ya mtaani…</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation type="unfinished">Mitindo</translation>
    </message>
    <message>
        <source>A text message, a headline…</source>
        <translation type="unfinished">Ujumbe mfupi, kichwa cha habari…</translation>
    </message>
    <message>
        <source>Ask the teacher to propose</source>
        <translation type="unfinished">Mwombe mwalimu apendekeze</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Hifadhi</translation>
    </message>
    <message>
        <source>One entry a line. Every label meets every combination before any repeats.</source>
        <translation type="unfinished">Kipengele kimoja kwa kila mstari. Kila lebo hukutana na kila mchanganyiko kabla yoyote haijarudiwa.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished">Bado haijahifadhiwa.</translation>
    </message>
    <message>
        <source>None yet: ask the teacher, or type your own.</source>
        <translation type="unfinished">Hakuna bado: mwombe mwalimu, au andika vyako mwenyewe.</translation>
    </message>
    <message>
        <source>Saved: {n} combinations.</source>
        <translation type="unfinished">Imehifadhiwa: michanganyiko {n}.</translation>
    </message>
</context>
<context>
    <name>AutoLearningRate</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished">otomatiki</translation>
    </message>
</context>
<context>
    <name>BaseChooser</name>
    <message>
        <source>Student</source>
        <translation type="unfinished">Mwanafunzi</translation>
    </message>
    <message>
        <source>Recommended, not on this computer (type an id below to download one):</source>
        <translation type="unfinished">Zinazopendekezwa, hazipo kwenye kompyuta hii (andika kitambulisho hapa chini ili kupakua mojawapo):</translation>
    </message>
    <message>
        <source>Other model folder…</source>
        <translation type="unfinished">Folda nyingine ya modeli…</translation>
    </message>
    <message>
        <source>or a Hugging Face model id, e.g. FacebookAI/xlm-roberta-base</source>
        <translation type="unfinished">au kitambulisho cha modeli ya Hugging Face, mf. FacebookAI/xlm-roberta-base</translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation type="unfinished">Kitambulisho cha modeli ya Hugging Face</translation>
    </message>
    <message>
        <source>Use this id</source>
        <translation type="unfinished">Tumia kitambulisho hiki</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished">Pendekezo</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">Mwanafunzi mwepesi</translation>
    </message>
    <message>
        <source>Quick student — character n-grams, trains in seconds on any computer, works for any script</source>
        <translation type="unfinished">Mwanafunzi mwepesi — vipande vya herufi (n-grams), hufunzwa kwa sekunde chache kwenye kompyuta yoyote, hufaa kwa aina yoyote ya herufi</translation>
    </message>
    <message>
        <source>Downloaded when training starts (about {mb} MB).</source>
        <translation type="unfinished">Itapakuliwa mafunzo yanapoanza (takriban {mb} MB).</translation>
    </message>
    <message>
        <source>Downloaded when training starts.</source>
        <translation type="unfinished">Itapakuliwa mafunzo yanapoanza.</translation>
    </message>
    <message>
        <source>{name} ({id}): {params:.0f} M parameters, {mb} MB, licence {licence}. {languages}. {notes}
Not downloaded: type its id to download.</source>
        <translation type="unfinished">{name} ({id}): vigezo milioni {params:.0f}, {mb} MB, leseni {licence}. {languages}. {notes}
Haijapakuliwa: andika kitambulisho chake ili kuipakua.</translation>
    </message>
    <message>
        <source>Choose the folder of a pretrained model</source>
        <translation type="unfinished">Chagua folda ya modeli iliyofunzwa awali</translation>
    </message>
    <message>
        <source>{text} is neither a model folder nor a Hugging Face model id (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">{text} si folda ya modeli wala kitambulisho cha modeli ya Hugging Face (kama FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished">nzuri</translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished">inatumika</translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished">dhaifu</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Kagua</translation>
    </message>
    <message>
        <source>Let the teacher&apos;s examples be chosen as usual for {n} samples?</source>
        <translation type="unfinished">Ruhusu mifano ya mwalimu ichaguliwe kama kawaida kwa sampuli {n}?</translation>
    </message>
    <message>
        <source>Accept {n} samples?</source>
        <translation type="unfinished">Ukubali sampuli {n}?</translation>
    </message>
    <message>
        <source>Reject {n} samples as “{reason}”?</source>
        <translation type="unfinished">Ukatae sampuli {n} kwa sababu “{reason}”?</translation>
    </message>
    <message>
        <source>Relabel {n} samples as “{label}”?</source>
        <translation type="unfinished">Ubadilishe lebo ya sampuli {n} kuwa “{label}”?</translation>
    </message>
    <message>
        <source>Pin {n} samples as examples for the teacher?</source>
        <translation type="unfinished">Ubandike sampuli {n} kama mifano kwa mwalimu?</translation>
    </message>
    <message>
        <source>Exclude {n} samples from the teacher&apos;s examples?</source>
        <translation type="unfinished">Uondoe sampuli {n} kwenye mifano ya mwalimu?</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Kubali</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished">Kataa…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation type="unfinished">Badilisha lebo…</translation>
    </message>
    <message>
        <source>Teacher examples…</source>
        <translation type="unfinished">Mifano ya mwalimu…</translation>
    </message>
    <message>
        <source>Pin as examples for the teacher</source>
        <translation type="unfinished">Bandika kama mifano kwa mwalimu</translation>
    </message>
    <message>
        <source>Exclude from the teacher&apos;s examples</source>
        <translation type="unfinished">Ondoa kwenye mifano ya mwalimu</translation>
    </message>
    <message>
        <source>Neither: chosen as usual</source>
        <translation type="unfinished">Hakuna kati ya hivyo: chagua kama kawaida</translation>
    </message>
    <message>
        <source>{n} selected:</source>
        <translation type="unfinished">Zimechaguliwa {n}:</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatMap</name>
    <message>
        <source>Confusion matrix: true labels by row, predicted by column</source>
        <translation type="unfinished">Jedwali la mkanganyiko: lebo sahihi kwa safumlalo, zilizotabiriwa kwa safuwima</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {n} ({p} % of {true})</source>
        <translation type="unfinished">sahihi {true}, iliyotabiriwa {predicted}: {n} ({p} % ya {true})</translation>
    </message>
    <message>
        <source>The confusion matrix appears here after an evaluation.</source>
        <translation type="unfinished">Jedwali la mkanganyiko litaonekana hapa baada ya tathmini.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished">iliyotabiriwa</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">sahihi</translation>
    </message>
</context>
<context>
    <name>CoverageCheck</name>
    <message>
        <source>No pretrained base is on this computer yet: the quick student works for any script. Choose a model folder or type a model id to check how well a base covers {language}.</source>
        <translation type="unfinished">Bado hakuna modeli ya msingi iliyofunzwa awali kwenye kompyuta hii: mwanafunzi mwepesi hufaa kwa aina yoyote ya herufi. Chagua folda ya modeli au andika kitambulisho cha modeli ili kuangalia jinsi modeli ya msingi inavyoifahamu {language}.</translation>
    </message>
    <message>
        <source>Checking how well each base covers {language}…</source>
        <translation type="unfinished">Inaangalia jinsi kila modeli ya msingi inavyoifahamu {language}…</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: once samples are generated or texts are imported, each base&apos;s coverage of the language is checked here.</source>
        <translation type="unfinished">Bado hakuna maandishi ya {language}: sampuli zikishatengenezwa au maandishi kuingizwa, hapa itaangaliwa jinsi kila modeli ya msingi inavyoifahamu lugha hiyo.</translation>
    </message>
</context>
<context>
    <name>DemosDialog</name>
    <message>
        <source>your example</source>
        <translation type="unfinished">mfano wako</translation>
    </message>
    <message>
        <source>your text, labelled by the teacher</source>
        <translation type="unfinished">maandishi yako, yamewekewa lebo na mwalimu</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">yametengenezwa</translation>
    </message>
    <message>
        <source>Examples the teacher sees</source>
        <extracomment>A choice was stored: the page&apos;s line should count again.</extracomment>
        <translation type="unfinished">Mifano anayoiona mwalimu</translation>
    </message>
    <message>
        <source>With few-shot generation the teacher sees these accepted samples as examples, {n} per label. Pin a sample to always show it; exclude one to never show it. The rest are picked to differ from each other, your own texts first.</source>
        <translation type="unfinished">Katika utengenezaji kwa mifano michache, mwalimu huona sampuli hizi zilizokubaliwa kama mifano, {n} kwa kila lebo. Bandika sampuli ili ionyeshwe kila mara; ondoa moja ili isionyeshwe kamwe. Zilizobaki huchaguliwa ili zitofautiane, maandishi yako kwanza.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished">Bandika</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished">Ondoa</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Lebo</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Chanzo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Maandishi</translation>
    </message>
</context>
<context>
    <name>DemosLine</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Chagua…</translation>
    </message>
    <message>
        <source>Examples the teacher sees: {n} per label</source>
        <translation type="unfinished">Mifano anayoiona mwalimu: {n} kwa kila lebo</translation>
    </message>
    <message>
        <source>({n} pinned)</source>
        <translation type="unfinished">(zimebandikwa {n})</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <source>unusable characters</source>
        <extracomment>Every reason core records (core.filters, core.generation, core.annotation), in words.</extracomment>
        <translation type="unfinished">herufi zisizotumika</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation type="unfinished">maandishi matupu</translation>
    </message>
    <message>
        <source>text too short</source>
        <translation type="unfinished">maandishi mafupi mno</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation type="unfinished">maandishi marefu mno</translation>
    </message>
    <message>
        <source>same as an earlier text</source>
        <translation type="unfinished">sawa na maandishi ya awali</translation>
    </message>
    <message>
        <source>almost the same as an earlier text</source>
        <translation type="unfinished">karibu sawa na maandishi ya awali</translation>
    </message>
    <message>
        <source>copies one of your examples</source>
        <translation type="unfinished">inanakili mojawapo ya mifano yako</translation>
    </message>
    <message>
        <source>written in the wrong script</source>
        <translation type="unfinished">imeandikwa kwa herufi zisizo sahihi</translation>
    </message>
    <message>
        <source>not in the project&apos;s language</source>
        <translation type="unfinished">si kwa lugha ya mradi</translation>
    </message>
    <message>
        <source>cut off (too long)</source>
        <translation type="unfinished">imekatika (ndefu mno)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished">si JSON sahihi</translation>
    </message>
    <message>
        <source>wrong reply format</source>
        <translation type="unfinished">muundo wa jibu si sahihi</translation>
    </message>
    <message>
        <source>unknown label</source>
        <translation type="unfinished">lebo isiyojulikana</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">lebo si sahihi</translation>
    </message>
    <message>
        <source>not needed: the label already had enough</source>
        <translation type="unfinished">haihitajiki: lebo tayari ilikuwa na za kutosha</translation>
    </message>
    <message>
        <source>the teacher did not answer</source>
        <translation type="unfinished">mwalimu hakujibu</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: does not fit the label</source>
        <translation type="unfinished">ukaguzi wa mwalimu: hailingani na lebo</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: not in the language</source>
        <translation type="unfinished">ukaguzi wa mwalimu: si kwa lugha hiyo</translation>
    </message>
    <message>
        <source>the teacher&apos;s check could not be read</source>
        <translation type="unfinished">ukaguzi wa mwalimu haukuweza kusomeka</translation>
    </message>
    <message>
        <source>the teacher&apos;s label could not be read</source>
        <translation type="unfinished">lebo ya mwalimu haikuweza kusomeka</translation>
    </message>
</context>
<context>
    <name>DiscardsDialog</name>
    <message>
        <source>Discarded replies</source>
        <translation type="unfinished">Majibu yaliyotupwa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Sababu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Lebo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Maelezo</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished">Jibu</translation>
    </message>
    <message>
        <source>Choose a row to see the whole reply.</source>
        <translation type="unfinished">Chagua safumlalo ili kuona jibu lote.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Onyesha</translation>
    </message>
    <message>
        <source>Every reason ({n})</source>
        <translation type="unfinished">Kila sababu ({n})</translation>
    </message>
    <message>
        <source>the newest {n}</source>
        <translation type="unfinished">{n} za karibuni zaidi</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation type="unfinished">zinaonyeshwa {n}</translation>
    </message>
    <message>
        <source>(no reply: {detail})</source>
        <translation type="unfinished">(hakuna jibu: {detail})</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Score</source>
        <translation type="unfinished">Alama</translation>
    </message>
    <message>
        <source>Compare your students with the teacher on your gold examples — texts you labelled yourself. Score the teacher once, then score each new student; a student that beats the teacher is worth exporting.</source>
        <translation type="unfinished">Linganisha wanafunzi wako na mwalimu kwa mifano yako ya dhahabu — maandishi uliyoyawekea lebo wewe mwenyewe. Mpime mwalimu mara moja, kisha mpime kila mwanafunzi mpya; mwanafunzi anayemshinda mwalimu anafaa kuhamishwa.</translation>
    </message>
    <message>
        <source>There are no gold examples yet. On the Review page press “Add a gold example…” for a few texts of each label as your users write them, or import a file of labelled texts as gold examples (File › Import data…, or “shule import PROJECT FILE --as gold”).</source>
        <translation type="unfinished">Bado hakuna mifano ya dhahabu. Kwenye ukurasa wa Ukaguzi bonyeza “Ongeza mfano wa dhahabu…” kwa maandishi machache ya kila lebo kama watumiaji wako wanavyoyaandika, au ingiza faili la maandishi yenye lebo kama mifano ya dhahabu (Faili › Ingiza data…, au “shule import PROJECT FILE --as gold”).</translation>
    </message>
    <message>
        <source>Score the teacher</source>
        <translation type="unfinished">Mpime mwalimu</translation>
    </message>
    <message>
        <source>Ask the teacher to label every gold text, as if it were the classifier</source>
        <translation type="unfinished">Mwombe mwalimu aweke lebo kwa kila maandishi ya dhahabu, kana kwamba yeye ndiye kiainishi</translation>
    </message>
    <message>
        <source>Score students</source>
        <translation type="unfinished">Wapime wanafunzi</translation>
    </message>
    <message>
        <source>Score every student that has no score on the current gold set, one after another</source>
        <translation type="unfinished">Mpime kila mwanafunzi ambaye hana alama kwenye seti ya dhahabu ya sasa, mmoja baada ya mwingine</translation>
    </message>
    <message>
        <source>Scoring stopped.</source>
        <translation type="unfinished">Upimaji umesimamishwa.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished">Hitimisho</translation>
    </message>
    <message>
        <source>Scores are macro-F1 on your gold examples: the average, over labels, of how well each label is found; 1.0 is perfect. 10 points are 0.10.</source>
        <translation type="unfinished">Alama ni macro-F1 kwenye mifano yako ya dhahabu: wastani, kwa lebo zote, wa jinsi kila lebo inavyotambuliwa vizuri; 1.0 ni kamili. Pointi 10 ni 0.10.</translation>
    </message>
    <message>
        <source>macro-F1 per model; the dashed line is the teacher&apos;s score</source>
        <translation type="unfinished">macro-F1 kwa kila modeli; mstari wa vistari ni alama ya mwalimu</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modeli</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Aina</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation type="unfinished">macro-F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished">Usahihi</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation type="unfinished">Sampuli za mafunzo</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">Ukubwa kwenye diski</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">Muda kwa kila maandishi</translation>
    </message>
    <message>
        <source>Scored on</source>
        <translation type="unfinished">Imepimwa kwa</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished">Ubao wa alama</translation>
    </message>
    <message>
        <source>macro-F1: the average, over labels, of how well each label is found: 1.0 is perfect. A rare label counts as much as a common one.</source>
        <translation type="unfinished">macro-F1: wastani, kwa lebo zote, wa jinsi kila lebo inavyotambuliwa vizuri: 1.0 ni kamili. Lebo adimu huhesabiwa sawa na lebo ya kawaida.</translation>
    </message>
    <message>
        <source>Accuracy: the share of gold texts given the right label.</source>
        <translation type="unfinished">Usahihi: sehemu ya maandishi ya dhahabu yaliyopewa lebo sahihi.</translation>
    </message>
    <message>
        <source>Latency: how long the model takes to label one text on this computer.</source>
        <translation type="unfinished">Muda wa kujibu: muda ambao modeli huchukua kuweka lebo kwa maandishi moja kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>What the model takes on disk (the teacher&apos;s file, when it is local).</source>
        <translation type="unfinished">Nafasi ambayo modeli inachukua kwenye diski (faili la mwalimu, likiwa kwenye kompyuta hii).</translation>
    </message>
    <message>
        <source>How many samples the student was trained on, by where they came from.</source>
        <translation type="unfinished">Idadi ya sampuli ambazo mwanafunzi alifunzwa nazo, kwa chanzo chake.</translation>
    </message>
    <message>
        <source>Teacher: </source>
        <translation type="unfinished">Mwalimu: </translation>
    </message>
    <message>
        <source>Teacher scored.</source>
        <translation type="unfinished">Mwalimu amepimwa.</translation>
    </message>
    <message>
        <source>student {i} of {n} · </source>
        <translation type="unfinished">mwanafunzi {i} kati ya {n} · </translation>
    </message>
    <message>
        <source>1 student scored.</source>
        <translation type="unfinished">Mwanafunzi 1 amepimwa.</translation>
    </message>
    <message>
        <source>{n} students scored.</source>
        <translation type="unfinished">Wanafunzi {n} wamepimwa.</translation>
    </message>
    <message>
        <source>Add gold examples first: there is nothing to score on.</source>
        <translation type="unfinished">Ongeza mifano ya dhahabu kwanza: hakuna cha kupimia.</translation>
    </message>
    <message>
        <source>Choose a teacher to score it.</source>
        <translation type="unfinished">Chagua mwalimu ili kumpima.</translation>
    </message>
    <message>
        <source>Train a student to score it.</source>
        <translation type="unfinished">Funza mwanafunzi ili kumpima.</translation>
    </message>
    <message>
        <source>Every student is scored on the current gold set.</source>
        <translation type="unfinished">Kila mwanafunzi amepimwa kwenye seti ya dhahabu ya sasa.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">bado hajapimwa</translation>
    </message>
    <message>
        <source>{n} gold texts</source>
        <translation type="unfinished">maandishi {n} ya dhahabu</translation>
    </message>
    <message>
        <source>gold set changed since: score again</source>
        <translation type="unfinished">seti ya dhahabu imebadilika tangu hapo: pima tena</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">Mwanafunzi mwepesi</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">mwalimu</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">mwanafunzi</translation>
    </message>
    <message>
        <source>Rows marked “score again” were scored on an earlier gold set and are left out of this comparison.</source>
        <translation type="unfinished">Safumlalo zilizoandikwa “pima tena” zilipimwa kwenye seti ya dhahabu ya awali na haziko katika ulinganisho huu.</translation>
    </message>
    <message>
        <source>{name} (teacher)</source>
        <translation type="unfinished">{name} (mwalimu)</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s} against the teacher&apos;s {t}</source>
        <translation type="unfinished">Mwanafunzi bora, {name}, ana alama {s} dhidi ya {t} za mwalimu</translation>
    </message>
    <message>
        <source>: 1 point better.</source>
        <translation type="unfinished">: bora kwa pointi 1.</translation>
    </message>
    <message>
        <source>Nothing is scored on the current gold set yet: score the teacher and your students.</source>
        <translation type="unfinished">Bado hakuna kilichopimwa kwenye seti ya dhahabu ya sasa: mpime mwalimu na wanafunzi wako.</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished">{ms} ms</translation>
    </message>
    <message>
        <source>The teacher scores {t}. Score your students to compare them with it.</source>
        <translation type="unfinished">Mwalimu ana alama {t}. Wapime wanafunzi wako ili uwalinganishe naye.</translation>
    </message>
    <message>
        <source>: as good, not yet better. Review more samples or train a larger student.</source>
        <translation type="unfinished">: sawa naye, bado si bora zaidi. Kagua sampuli zaidi au funza mwanafunzi mkubwa zaidi.</translation>
    </message>
    <message>
        <source>: not yet better than the teacher. Review more samples or train a larger student.</source>
        <translation type="unfinished">: bado si bora kuliko mwalimu. Kagua sampuli zaidi au funza mwanafunzi mkubwa zaidi.</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s}. Score the teacher to see whether the student beats it.</source>
        <translation type="unfinished">Mwanafunzi bora, {name}, ana alama {s}. Mpime mwalimu ili uone kama mwanafunzi anamshinda.</translation>
    </message>
    <message>
        <source>: {points} points better.</source>
        <translation type="unfinished">: bora kwa pointi {points}.</translation>
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
        <translation type="unfinished">Jedwali moja lenye safuwima text, label, source, id na split; hufunguka katika programu yoyote ya lahajedwali.</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished">JSON Lines</translation>
    </message>
    <message>
        <source>One JSON object per line, with text, label, source, id and split.</source>
        <translation type="unfinished">Kitu kimoja cha JSON kwa kila mstari, chenye text, label, source, id na split.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">Kitabu cha kazi cha Excel</translation>
    </message>
    <message>
        <source>One sheet with the columns text, label, source, id and split.</source>
        <translation type="unfinished">Laha moja yenye safuwima text, label, source, id na split.</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation type="unfinished">Parquet</translation>
    </message>
    <message>
        <source>A compact column file for pandas, Polars or Spark.</source>
        <translation type="unfinished">Faili fupi la safuwima kwa pandas, Polars au Spark.</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation type="unfinished">Folda ya seti ya data ya Hugging Face</translation>
    </message>
    <message>
        <source>A folder with train, validation and test files and a dataset card (README.md), ready to upload.</source>
        <translation type="unfinished">Folda yenye faili za train, validation na test pamoja na kadi ya seti ya data (README.md), tayari kupakiwa.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">Hamisha data</translation>
    </message>
    <message>
        <source>1 accepted sample</source>
        <translation type="unfinished">Sampuli 1 iliyokubaliwa</translation>
    </message>
    <message>
        <source>{n} accepted samples</source>
        <translation type="unfinished">Sampuli {n} zilizokubaliwa</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">Mfano 1 wa dhahabu</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">Mifano {n} ya dhahabu</translation>
    </message>
    <message>
        <source>Include the gold examples (as the test split)</source>
        <translation type="unfinished">Jumuisha mifano ya dhahabu (kama sehemu ya test)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Chagua…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Hamisha</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Muundo</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">Hifadhi kwenye</translation>
    </message>
    <message>
        <source>Choose where to save the data.</source>
        <translation type="unfinished">Chagua mahali pa kuhifadhi data.</translation>
    </message>
    <message>
        <source>Written to the folder {path} (train, validation and test files and README.md).</source>
        <translation type="unfinished">Imeandikwa kwenye folda {path} (faili za train, validation na test pamoja na README.md).</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished">Imeandikwa kwenye {path}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <extracomment>An export finished: the bundle&apos;s folder. The user asked to try the exported model (the window shows the Try it step).</extracomment>
        <translation type="unfinished">Hamisha</translation>
    </message>
    <message>
        <source>Save a trained model as a folder that runs offline on any computer with onnxruntime, and see how fast and how good each version of it is.</source>
        <translation type="unfinished">Hifadhi modeli iliyofunzwa kama folda inayofanya kazi bila mtandao kwenye kompyuta yoyote yenye onnxruntime, na uone kila toleo lake lina kasi na ubora gani.</translation>
    </message>
    <message>
        <source>Choose where to save the exported model</source>
        <translation type="unfinished">Chagua mahali pa kuhifadhi modeli iliyohamishwa</translation>
    </message>
    <message>
        <source>Folder for the exported model</source>
        <translation type="unfinished">Folda ya modeli iliyohamishwa</translation>
    </message>
    <message>
        <source>Also make a small int8 version (faster on CPUs)</source>
        <translation type="unfinished">Tengeneza pia toleo dogo la int8 (lina kasi zaidi kwenye CPU)</translation>
    </message>
    <message>
        <source>Largest accuracy loss allowed for int8</source>
        <translation type="unfinished">Upungufu mkubwa zaidi wa usahihi unaokubalika kwa int8</translation>
    </message>
    <message>
        <source> points of macro-F1</source>
        <translation type="unfinished"> pointi za macro-F1</translation>
    </message>
    <message>
        <source>Macro-F1 says how well a model labels texts: the share it gets right, averaged over the labels so that a rare label counts as much as a common one (100 points is perfect). If the small version scores more points lower than this, Shule recommends the full one.</source>
        <translation type="unfinished">Macro-F1 inaonyesha jinsi modeli inavyoweka lebo kwa maandishi vizuri: sehemu inayopata sawa, ikichukuliwa wastani kwa lebo zote ili lebo adimu ihesabiwe sawa na lebo ya kawaida (pointi 100 ni kamili). Toleo dogo likipata pointi pungufu zaidi ya hizi, Shule inapendekeza toleo kamili.</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation type="unfinished">Uhamishaji umesimamishwa.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished">Imehifadhiwa {path}.</translation>
    </message>
    <message>
        <source>For a field device</source>
        <translation type="unfinished">Kwa kifaa cha uwandani</translation>
    </message>
    <message>
        <source>Install once:</source>
        <translation type="unfinished">Sakinisha mara moja:</translation>
    </message>
    <message>
        <source>Then run:</source>
        <translation type="unfinished">Kisha endesha:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Fungua folda</translation>
    </message>
    <message>
        <source>Save as zip…</source>
        <translation type="unfinished">Hifadhi kama zip…</translation>
    </message>
    <message>
        <source>Try it…</source>
        <translation type="unfinished">Ijaribu…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modeli</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">Hifadhi kwenye</translation>
    </message>
    <message>
        <source>The small version may lose at most</source>
        <translation type="unfinished">Toleo dogo linaweza kupoteza hadi</translation>
    </message>
    <message>
        <source>Choose a folder to save the exported model in.</source>
        <translation type="unfinished">Chagua folda ya kuhifadhi modeli iliyohamishwa.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation type="unfinished">Inahifadhi {path}…</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>Checked on {n} gold examples (labelled by you).</source>
        <translation type="unfinished">Imeangaliwa kwa mifano {n} ya dhahabu (uliyoiwekea lebo wewe).</translation>
    </message>
    <message>
        <source>Checked on {n} held-out samples the model did not learn from.</source>
        <translation type="unfinished">Imeangaliwa kwa sampuli {n} zilizowekwa kando ambazo modeli haikujifunza kutoka kwazo.</translation>
    </message>
    <message>
        <source>Checked on {n} unlabelled texts: they show whether the versions agree, not how good they are (no macro-F1).</source>
        <translation type="unfinished">Imeangaliwa kwa maandishi {n} yasiyo na lebo: yanaonyesha kama matoleo yanakubaliana, si ubora wake (hakuna macro-F1).</translation>
    </message>
    <message>
        <source>Warning from the export: {code} ({details}).</source>
        <translation type="unfinished">Onyo kutoka kwa uhamishaji: {code} ({details}).</translation>
    </message>
    <message>
        <source>Copy these files from {folder} to the device, into one folder: {files}.</source>
        <translation type="unfinished">Nakili faili hizi kutoka {folder} kwenda kwenye kifaa, ndani ya folda moja: {files}.</translation>
    </message>
    <message>
        <source>Size of the model file: what a device must store and load.</source>
        <translation type="unfinished">Ukubwa wa faili la modeli: kile ambacho kifaa lazima kihifadhi na kupakia.</translation>
    </message>
    <message>
        <source>Milliseconds to label one text on this computer (one text at a time).</source>
        <translation type="unfinished">Milisekunde za kuweka lebo kwa maandishi moja kwenye kompyuta hii (maandishi moja kwa wakati).</translation>
    </message>
    <message>
        <source>Texts labelled per second on this computer, 32 at a time.</source>
        <translation type="unfinished">Maandishi yanayowekewa lebo kwa sekunde kwenye kompyuta hii, 32 kwa wakati mmoja.</translation>
    </message>
    <message>
        <source>How often this version gives the same label: the full model against the trained model, the small model against the full model.</source>
        <translation type="unfinished">Mara ngapi toleo hili linatoa lebo ileile: modeli kamili dhidi ya modeli iliyofunzwa, modeli ndogo dhidi ya modeli kamili.</translation>
    </message>
    <message>
        <source>How well the version labels the test texts, from 0 to 1, averaged over the labels so that rare labels count as much as common ones. — : the texts had no labels.</source>
        <translation type="unfinished">Jinsi toleo linavyoweka lebo kwa maandishi ya majaribio vizuri, kutoka 0 hadi 1, kwa wastani wa lebo zote ili lebo adimu zihesabiwe sawa na za kawaida. — : maandishi hayakuwa na lebo.</translation>
    </message>
    <message>
        <source>The version Shule suggests for devices.</source>
        <translation type="unfinished">Toleo ambalo Shule inapendekeza kwa vifaa.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">Kamili (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">Dogo (int8)</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation type="unfinished">Imehamishwa kwenda {folder}.</translation>
    </message>
    <message>
        <source>The small model scores {points:.1f} points lower than the full model (more than the {threshold:.1f} you allow): Shule recommends the full model.</source>
        <translation type="unfinished">Modeli ndogo inapata pointi {points:.1f} pungufu kuliko modeli kamili (zaidi ya {threshold:.1f} unazoruhusu): Shule inapendekeza modeli kamili.</translation>
    </message>
    <message>
        <source>The small model gives another label than the full model on {share:.0%} of the test texts: Shule recommends the full model.</source>
        <translation type="unfinished">Modeli ndogo inatoa lebo tofauti na modeli kamili kwa {share:.0%} ya maandishi ya majaribio: Shule inapendekeza modeli kamili.</translation>
    </message>
    <message>
        <source>The exported model&apos;s scores differ from the trained model&apos;s by up to {diff:.2g}: the export may be faulty. Export again; if this stays, please report it.</source>
        <translation type="unfinished">Alama za modeli iliyohamishwa zinatofautiana na za modeli iliyofunzwa kwa hadi {diff:.2g}: huenda uhamishaji una hitilafu. Hamisha tena; hali hii ikiendelea, tafadhali iripoti.</translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished">Ukubwa wa faili</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">Muda kwa kila maandishi</translation>
    </message>
    <message>
        <source>Texts per second</source>
        <translation type="unfinished">Maandishi kwa sekunde</translation>
    </message>
    <message>
        <source>Same label</source>
        <translation type="unfinished">Lebo ileile</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation type="unfinished">Macro-F1</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished">Inapendekezwa</translation>
    </message>
    <message>
        <source>vs the trained model</source>
        <translation type="unfinished">dhidi ya modeli iliyofunzwa</translation>
    </message>
    <message>
        <source>vs the full model</source>
        <translation type="unfinished">dhidi ya modeli kamili</translation>
    </message>
    <message>
        <source>✓ Recommended</source>
        <translation type="unfinished">✓ Inapendekezwa</translation>
    </message>
    <message>
        <source>({delta:+.1f} points)</source>
        <translation type="unfinished">(pointi {delta:+.1f})</translation>
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
        <translation type="unfinished">Karibu Shule</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>The default teacher chosen so far (settings &quot;default_teacher&quot;), or None. Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">Ruka</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Nyuma</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Endelea</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Baadaye</translation>
    </message>
    <message>
        <source>Choose a teacher later, on a project&apos;s Teacher page.</source>
        <translation type="unfinished">Chagua mwalimu baadaye, kwenye ukurasa wa Mwalimu wa mradi.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Maliza</translation>
    </message>
    <message>
        <source>Shule makes a text classifier for your language: a teacher model writes example texts, you check them, and Shule trains a small model that runs on any computer.</source>
        <translation type="unfinished">Shule hutengeneza kiainishi cha maandishi kwa lugha yako: modeli mwalimu huandika maandishi ya mfano, wewe unayakagua, na Shule hufunza modeli ndogo inayofanya kazi kwenye kompyuta yoyote.</translation>
    </message>
    <message>
        <source>Which language should Shule&apos;s windows and buttons use?</source>
        <translation type="unfinished">Madirisha na vitufe vya Shule vitumie lugha gani?</translation>
    </message>
    <message>
        <source>A change takes effect the next time Shule starts.</source>
        <translation type="unfinished">Mabadiliko yataanza kutumika Shule itakapoanzishwa tena.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">Tafuta tena</translation>
    </message>
    <message>
        <source>A GGUF file already on this computer…</source>
        <translation type="unfinished">Faili la GGUF lililopo tayari kwenye kompyuta hii…</translation>
    </message>
    <message>
        <source>Download a recommended model…</source>
        <translation type="unfinished">Pakua modeli inayopendekezwa…</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language; Shule runs it on this computer or talks to a model server. Choose one now, or later on a project&apos;s Teacher page.</source>
        <translation type="unfinished">Mwalimu ni modeli kubwa ya lugha inayoandika maandishi ya mfano kwa lugha yako; Shule huiendesha kwenye kompyuta hii au huwasiliana na seva ya modeli. Chagua moja sasa, au baadaye kwenye ukurasa wa Mwalimu wa mradi.</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer (Ollama, LM Studio, a llama.cpp server, vLLM)…</source>
        <translation type="unfinished">Inatafuta seva za modeli kwenye kompyuta hii (Ollama, LM Studio, seva ya llama.cpp, vLLM)…</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation type="unfinished">{name} kwenye {url}</translation>
    </message>
    <message>
        <source>needs an API key: set it up on a project&apos;s Teacher page</source>
        <translation type="unfinished">inahitaji ufunguo wa API: uweke kwenye ukurasa wa Mwalimu wa mradi</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation type="unfinished">hakuna modeli iliyopakiwa</translation>
    </message>
    <message>
        <source>Model servers on this computer (choose a model):</source>
        <translation type="unfinished">Seva za modeli kwenye kompyuta hii (chagua modeli):</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Use a GGUF model file instead, or download one.</source>
        <translation type="unfinished">Hakuna seva ya modeli inayofanya kazi kwenye kompyuta hii. Tumia faili la modeli la GGUF badala yake, au pakua moja.</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">Bado hujachagua mwalimu.</translation>
    </message>
    <message>
        <source>Your teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">Mwalimu wako: modeli {model} kwenye seva iliyoko {url}.</translation>
    </message>
    <message>
        <source>Your teacher: the model file {path}.</source>
        <translation type="unfinished">Mwalimu wako: faili la modeli {path}.</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Vinjari…</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No font on this computer can draw some of these letters ({letters}): install a font for this script.</source>
        <extracomment>Characters a font&apos;s cmap need not hold: variation selectors and the combining grapheme joiner (marks, by category, but drawn by no font). Spaces, controls, ZWJ/ZWNJ, punctuation and symbols are skipped by category.</extracomment>
        <translation type="unfinished">Hakuna fonti kwenye kompyuta hii inayoweza kuchora baadhi ya herufi hizi ({letters}): sakinisha fonti ya aina hii ya herufi.</translation>
    </message>
    <message>
        <source>Your system font cannot draw {scripts} letters: showing them in {fonts}.</source>
        <translation type="unfinished">Fonti ya mfumo wako haiwezi kuchora herufi za {scripts}: zinaonyeshwa kwa {fonts}.</translation>
    </message>
    <message>
        <source>Your system font cannot draw some of these letters: showing them in {fonts}.</source>
        <translation type="unfinished">Fonti ya mfumo wako haiwezi kuchora baadhi ya herufi hizi: zinaonyeshwa kwa {fonts}.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished">Tengeneza</translation>
    </message>
    <message>
        <source>The teacher writes example texts for each label. Every reply is checked; samples that pass wait for your review.</source>
        <translation type="unfinished">Mwalimu huandika maandishi ya mfano kwa kila lebo. Kila jibu huangaliwa; sampuli zinazopita husubiri ukaguzi wako.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished">hakuna bei</translation>
    </message>
    <message>
        <source>What the online API charges per million tokens it writes; leave at “no price” for a free or local server.</source>
        <translation type="unfinished">Kiasi ambacho API ya mtandaoni hutoza kwa kila tokeni milioni inazoandika; acha “hakuna bei” kwa seva ya bure au ya kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Price per million tokens</source>
        <translation type="unfinished">Bei kwa tokeni milioni</translation>
    </message>
    <message>
        <source>Estimate time</source>
        <translation type="unfinished">Kadiria muda</translation>
    </message>
    <message>
        <source>Label my own texts…</source>
        <translation type="unfinished">Wekea lebo maandishi yangu…</translation>
    </message>
    <message>
        <source>Show discarded replies</source>
        <translation type="unfinished">Onyesha majibu yaliyotupwa</translation>
    </message>
    <message>
        <source>Your own texts</source>
        <translation type="unfinished">Maandishi yako mwenyewe</translation>
    </message>
    <message>
        <source>Have the teacher label texts you already have: a TXT file with one text per line, or a CSV file with a text column. They wait for your review like generated samples.</source>
        <translation type="unfinished">Mwache mwalimu aweke lebo kwa maandishi uliyo nayo tayari: faili la TXT lenye maandishi moja kwa kila mstari, au faili la CSV lenye safuwima ya maandishi. Husubiri ukaguzi wako kama sampuli zilizotengenezwa.</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation type="unfinished">Sampuli mpya</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: ask the teacher to propose them, or type your own.</source>
        <translation type="unfinished">Utengenezaji wa aina mbalimbali unahitaji mada na mitindo: mwombe mwalimu aipendekeze, au andika yako mwenyewe.</translation>
    </message>
    <message>
        <source>The teacher is writing…</source>
        <translation type="unfinished">Mwalimu anaandika…</translation>
    </message>
    <message>
        <source>Asking the teacher for a few test replies</source>
        <translation type="unfinished">Inamwomba mwalimu majibu machache ya majaribio</translation>
    </message>
    <message>
        <source>Timing a few test requests…</source>
        <translation type="unfinished">Inapima muda wa maombi machache ya majaribio…</translation>
    </message>
    <message>
        <source>The teacher is proposing topics and styles</source>
        <translation type="unfinished">Mwalimu anapendekeza mada na mitindo</translation>
    </message>
    <message>
        <source>The teacher is thinking…</source>
        <translation type="unfinished">Mwalimu anafikiri…</translation>
    </message>
    <message>
        <source>Reading your texts</source>
        <translation type="unfinished">Inasoma maandishi yako</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">Inampakia mwalimu</translation>
    </message>
    <message>
        <source>The teacher is labelling your texts…</source>
        <translation type="unfinished">Mwalimu anaweka lebo kwa maandishi yako…</translation>
    </message>
    <message>
        <source>Proposed by the teacher: change what you like, then Save.</source>
        <translation type="unfinished">Yamependekezwa na mwalimu: badilisha unachotaka, kisha Hifadhi.</translation>
    </message>
    <message>
        <source>Stopped. The samples written so far are kept.</source>
        <translation type="unfinished">Imesimamishwa. Sampuli zilizoandikwa hadi sasa zimehifadhiwa.</translation>
    </message>
    <message>
        <source>Label the {n} texts still waiting</source>
        <translation type="unfinished">Wekea lebo maandishi {n} yanayosubiri bado</translation>
    </message>
    <message>
        <source>This project has {p} samples waiting for review, {a} accepted and {r} rejected.</source>
        <translation type="unfinished">Mradi huu una sampuli {p} zinazosubiri ukaguzi, {a} zimekubaliwa na {r} zimekataliwa.</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation type="unfinished">takriban dakika 1</translation>
    </message>
    <message>
        <source>no reply was discarded</source>
        <translation type="unfinished">hakuna jibu lililotupwa</translation>
    </message>
    <message>
        <source>Review them in the next step.</source>
        <translation type="unfinished">Zikague katika hatua inayofuata.</translation>
    </message>
    <message>
        <source>about {h:.1f} hours</source>
        <translation type="unfinished">takriban saa {h:.1f}</translation>
    </message>
    <message>
        <source>discarded {n} replies ({reasons})</source>
        <translation type="unfinished">majibu {n} yametupwa ({reasons})</translation>
    </message>
    <message>
        <source>About {n} requests, {time}.</source>
        <translation type="unfinished">Takriban maombi {n}, {time}.</translation>
    </message>
    <message>
        <source>Labelled {n}</source>
        <translation type="unfinished">Zimewekewa lebo {n}</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation type="unfinished">takriban dakika {n}</translation>
    </message>
    <message>
        <source>Added {n} samples</source>
        <translation type="unfinished">Sampuli {n} zimeongezwa</translation>
    </message>
    <message>
        <source>{s:.0f} s</source>
        <translation type="unfinished">sekunde {s:.0f}</translation>
    </message>
    <message>
        <source>Some labels got fewer samples than asked for, because too many replies failed the checks: {labels}. </source>
        <translation type="unfinished">Baadhi ya lebo zilipata sampuli chache kuliko zilizoombwa, kwa sababu majibu mengi mno hayakupita ukaguzi: {labels}. </translation>
    </message>
    <message>
        <source>In the test, {v:.1f} usable texts per request.</source>
        <translation type="unfinished">Katika jaribio, maandishi {v:.1f} yanayotumika kwa kila ombi.</translation>
    </message>
    <message>
        <source>Read {n} texts. </source>
        <translation type="unfinished">Maandishi {n} yamesomwa. </translation>
    </message>
    <message>
        <source>Cost: about {cost:.2f} at your price ({tokens} tokens).</source>
        <translation type="unfinished">Gharama: takriban {cost:.2f} kwa bei yako (tokeni {tokens}).</translation>
    </message>
</context>
<context>
    <name>GenerationOptions</name>
    <message>
        <source>Zero-shot</source>
        <translation type="unfinished">Bila mifano</translation>
    </message>
    <message>
        <source>The teacher writes from your label descriptions alone. The quickest way to start.</source>
        <translation type="unfinished">Mwalimu huandika kwa kutumia maelezo ya lebo zako pekee. Njia ya haraka zaidi ya kuanza.</translation>
    </message>
    <message>
        <source>Few-shot with your examples</source>
        <translation type="unfinished">Kwa mifano michache yako</translation>
    </message>
    <message>
        <source>The teacher sees a few of your real texts in each request, so it writes more like them. Helps most where the teacher knows the language less well.</source>
        <translation type="unfinished">Mwalimu huona maandishi yako halisi machache katika kila ombi, hivyo huandika yanayofanana nayo zaidi. Husaidia zaidi pale mwalimu asipoijua lugha vizuri.</translation>
    </message>
    <message>
        <source>Diverse topics and styles</source>
        <translation type="unfinished">Mada na mitindo mbalimbali</translation>
    </message>
    <message>
        <source>The teacher varies topic, situation, register and style, several texts per request, so the samples cover more ground.</source>
        <translation type="unfinished">Mwalimu hubadilisha mada, hali, kiwango cha lugha na mtindo, maandishi kadhaa kwa kila ombi, ili sampuli ziguse maeneo mengi zaidi.</translation>
    </message>
    <message>
        <source>Strict: drop texts much like an earlier one</source>
        <extracomment>(threshold, words): the similarity at or above which a text counts as a near duplicate.</extracomment>
        <translation type="unfinished">Kali: tupa maandishi yanayofanana sana na ya awali</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Kawaida</translation>
    </message>
    <message>
        <source>Lenient: drop only near copies</source>
        <translation type="unfinished">Legevu: tupa nakala za karibu tu</translation>
    </message>
    <message>
        <source>How the teacher writes</source>
        <translation type="unfinished">Jinsi mwalimu anavyoandika</translation>
    </message>
    <message>
        <source>Import examples…</source>
        <translation type="unfinished">Ingiza mifano…</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation type="unfinished">Maandishi kwa kila ombi</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation type="unfinished">Maombi kwa wakati mmoja</translation>
    </message>
    <message>
        <source>Ask the teacher to double-check each text</source>
        <translation type="unfinished">Mwombe mwalimu ahakiki tena kila maandishi</translation>
    </message>
    <message>
        <source>One more request per text: slower, but texts that do not fit their label or language are dropped.</source>
        <translation type="unfinished">Ombi moja zaidi kwa kila maandishi: polepole zaidi, lakini maandishi yasiyolingana na lebo au lugha yake hutupwa.</translation>
    </message>
    <message>
        <source>Samples per label</source>
        <translation type="unfinished">Sampuli kwa kila lebo</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished">Mbegu</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished">Ukaguzi</translation>
    </message>
    <message>
        <source>Drop texts written in another script</source>
        <translation type="unfinished">Tupa maandishi yaliyoandikwa kwa herufi nyingine</translation>
    </message>
    <message>
        <source>Drop texts in another language</source>
        <translation type="unfinished">Tupa maandishi ya lugha nyingine</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation type="unfinished">Yanayokaribia kufanana</translation>
    </message>
    <message>
        <source>Longest text (characters)</source>
        <translation type="unfinished">Maandishi marefu zaidi (herufi)</translation>
    </message>
    <message>
        <source>Shule cannot recognise {language} automatically, so texts in another language are not caught: the teacher&apos;s double-check or your review has to.</source>
        <translation type="unfinished">Shule haiwezi kuitambua {language} yenyewe, hivyo maandishi ya lugha nyingine hayanaswi: uhakiki wa pili wa mwalimu au ukaguzi wako lazima uyanase.</translation>
    </message>
    <message>
        <source>Your real examples: {counts}.</source>
        <translation type="unfinished">Mifano yako halisi: {counts}.</translation>
    </message>
    <message>
        <source>Labels without examples get examples of other labels only: {labels}.</source>
        <translation type="unfinished">Lebo zisizo na mifano hupata mifano ya lebo nyingine tu: {labels}.</translation>
    </message>
    <message>
        <source>No imported examples yet; accepted samples of earlier rounds serve instead: {counts}.</source>
        <translation type="unfinished">Bado hakuna mifano iliyoingizwa; sampuli zilizokubaliwa za mizunguko ya awali zinatumika badala yake: {counts}.</translation>
    </message>
    <message>
        <source>No examples yet: import a CSV file with a text and a label column, or accept some samples first.</source>
        <translation type="unfinished">Bado hakuna mifano: ingiza faili la CSV lenye safuwima ya maandishi na ya lebo, au kubali sampuli kadhaa kwanza.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>GGUF is the file format of language models that run on your own computer (llama.cpp, LM Studio and Ollama use it too). One file holds the whole model; Shule uses the file where it is.</source>
        <translation type="unfinished">GGUF ni muundo wa faili wa modeli za lugha zinazoendeshwa kwenye kompyuta yako mwenyewe (llama.cpp, LM Studio na Ollama huutumia pia). Faili moja lina modeli nzima; Shule hutumia faili pale lilipo.</translation>
    </message>
    <message>
        <source>ONNX is an open file format for trained models: the onnxruntime library runs it on any computer or small device, without Python or PyTorch.</source>
        <translation type="unfinished">ONNX ni muundo huria wa faili kwa modeli zilizofunzwa: maktaba ya onnxruntime huiendesha kwenye kompyuta au kifaa kidogo chochote, bila Python wala PyTorch.</translation>
    </message>
    <message>
        <source>int8 (quantization) stores each of the model&apos;s numbers in one byte instead of four: the model becomes about four times smaller and faster on a CPU, and usually loses very little accuracy. Shule measures the loss and tells you.</source>
        <translation type="unfinished">int8 (ukandamizaji) huhifadhi kila namba ya modeli katika baiti moja badala ya nne: modeli inakuwa ndogo takriban mara nne na ya haraka zaidi kwenye CPU, na kwa kawaida hupoteza usahihi kidogo sana. Shule hupima hasara hiyo na kukuambia.</translation>
    </message>
    <message>
        <source>macro-F1 is the score Shule uses, from 0 to 1: for each label, how well the model finds that label&apos;s texts without false alarms, averaged over the labels so that a rare label counts as much as a common one.</source>
        <translation type="unfinished">macro-F1 ni alama ambayo Shule hutumia, kuanzia 0 hadi 1: kwa kila lebo, jinsi modeli inavyopata maandishi ya lebo hiyo bila kengele za uongo, kisha wastani wa lebo zote ili lebo adimu ihesabiwe sawa na lebo ya kawaida.</translation>
    </message>
    <message>
        <source>Gold examples are real texts you labelled yourself and keep apart: they are never used for training, only to check the teacher and the students fairly.</source>
        <translation type="unfinished">Mifano ya dhahabu ni maandishi halisi uliyoyawekea lebo wewe mwenyewe na kuyaweka kando: hayatumiki kamwe kwa mafunzo, bali kumpima mwalimu na wanafunzi kwa haki tu.</translation>
    </message>
</context>
<context>
    <name>GoldBar</name>
    <message>
        <source>Add a gold example…</source>
        <translation type="unfinished">Ongeza mfano wa dhahabu…</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training.</source>
        <translation type="unfinished">Mifano {n} ya dhahabu inaonekana pia katika sampuli za mafunzo: imeachwa nje ya mafunzo.</translation>
    </message>
</context>
<context>
    <name>GoldDialog</name>
    <message>
        <source>Add a gold example</source>
        <translation type="unfinished">Ongeza mfano wa dhahabu</translation>
    </message>
    <message>
        <source>A gold example is a text you know the right label for. Gold examples are never trained on: the student is tested on them, so type texts as your users write them.</source>
        <translation type="unfinished">Mfano wa dhahabu ni maandishi ambayo unaijua lebo yake sahihi. Mifano ya dhahabu haitumiki kamwe katika mafunzo: mwanafunzi hujaribiwa kwayo, kwa hiyo andika maandishi kama watumiaji wako wanavyoandika.</translation>
    </message>
    <message>
        <source>The text, as a user would write it</source>
        <translation type="unfinished">Maandishi, kama mtumiaji angeyaandika</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished">Ongeza</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Maandishi</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Lebo</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Texts in another language are also dropped more readily.</source>
        <extracomment>What switching a note on also does to the checks (core.feedback.FILTER_CHANGES), in words.</extracomment>
        <translation type="unfinished">Maandishi ya lugha nyingine pia hutupwa kwa urahisi zaidi.</translation>
    </message>
    <message>
        <source>Texts much like an earlier one are also dropped more readily.</source>
        <translation type="unfinished">Maandishi yanayofanana sana na ya awali pia hutupwa kwa urahisi zaidi.</translation>
    </message>
    <message>
        <source>What your reviews add to the next round</source>
        <translation type="unfinished">Ukaguzi wako unaongeza nini kwenye mzunguko ujao</translation>
    </message>
    <message>
        <source>Notes for the teacher, written from your review. Each one is added to every request; untick one to leave it out.</source>
        <translation type="unfinished">Maelezo kwa mwalimu, yaliyotokana na ukaguzi wako. Kila moja huongezwa kwenye kila ombi; ondoa alama ili kuliacha nje.</translation>
    </message>
    <message>
        <source>You corrected 1 generated text: the teacher sees before and after</source>
        <translation type="unfinished">Ulisahihisha maandishi 1 yaliyotengenezwa: mwalimu huona kabla na baada</translation>
    </message>
    <message>
        <source>{n} of {total} rejections: {reason}</source>
        <translation type="unfinished">{n} kati ya {total} yaliyokataliwa: {reason}</translation>
    </message>
    <message>
        <source>You corrected {n} generated texts: the teacher sees some before and after</source>
        <translation type="unfinished">Ulisahihisha maandishi {n} yaliyotengenezwa: mwalimu huona baadhi kabla na baada</translation>
    </message>
</context>
<context>
    <name>HardwareBox</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished">Kompyuta hii</translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation type="unfinished">Inaangalia kompyuta hii…</translation>
    </message>
    <message>
        <source>Shule could not look at this computer: {why}</source>
        <translation type="unfinished">Shule haikuweza kuangalia kompyuta hii: {why}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Labelled samples, already checked: they count as accepted</source>
        <extracomment>(kind, status, words): the choices under &quot;Import as&quot;.</extracomment>
        <translation type="unfinished">Sampuli zenye lebo, zilizokaguliwa tayari: zinahesabiwa kama zilizokubaliwa</translation>
    </message>
    <message>
        <source>Labelled samples to review: they wait in the Review step</source>
        <translation type="unfinished">Sampuli zenye lebo za kukagua: zinasubiri katika hatua ya Ukaguzi</translation>
    </message>
    <message>
        <source>Gold examples: kept apart, used only to score the student</source>
        <translation type="unfinished">Mifano ya dhahabu: huwekwa kando, hutumika tu kumpima mwanafunzi</translation>
    </message>
    <message>
        <source>Unlabelled texts: the teacher labels them in the Generate step</source>
        <translation type="unfinished">Maandishi yasiyo na lebo: mwalimu huyawekea lebo katika hatua ya Tengeneza</translation>
    </message>
    <message>
        <source>Import data</source>
        <extracomment>(how many were written, the kind: &quot;samples&quot; | &quot;gold&quot; | &quot;unlabelled&quot;)</extracomment>
        <translation type="unfinished">Ingiza data</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished">Bado hujachagua faili.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished">Chagua faili…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Ingiza</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation type="unfinished">Safuwima ya maandishi</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation type="unfinished">Safuwima ya lebo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Ingiza kama</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished">Safumlalo za kwanza za faili</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished">Inasoma {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished">Inasoma {file}…</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished">(chagua safuwima)</translation>
    </message>
    <message>
        <source>Row {row} {why}.</source>
        <translation type="unfinished">Safumlalo {row} {why}.</translation>
    </message>
    <message>
        <source>… and {n} more rows.</source>
        <translation type="unfinished">… na safumlalo {n} zaidi.</translation>
    </message>
    <message>
        <source>1 row cannot be imported:</source>
        <translation type="unfinished">Safumlalo 1 haiwezi kuingizwa:</translation>
    </message>
    <message>
        <source>{n} rows cannot be imported:</source>
        <translation type="unfinished">Safumlalo {n} haziwezi kuingizwa:</translation>
    </message>
    <message>
        <source>nothing is imported until every row can be. Fix the file, or choose other columns.</source>
        <translation type="unfinished">hakuna kinachoingizwa hadi kila safumlalo iweze kuingizwa. Rekebisha faili, au chagua safuwima nyingine.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">Hakuna cha kuingiza: {file} haina safumlalo zenye maandishi.</translation>
    </message>
    <message>
        <source>Ready: {n} rows of {file} can be imported.</source>
        <translation type="unfinished">Tayari: safumlalo {n} za {file} zinaweza kuingizwa.</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="unfinished">Ingiza {what}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">Inaingiza…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">Hakuna kilichoingizwa.</translation>
    </message>
    <message>
        <source>Stopped reading the file. Choose it again to import it.</source>
        <translation type="unfinished">Usomaji wa faili umesimamishwa. Lichague tena ili kuliingiza.</translation>
    </message>
    <message>
        <source>1 sample</source>
        <extracomment>kind: (one, many), for &quot;Import 120 samples&quot; and &quot;Imported 120 samples.&quot;</extracomment>
        <translation type="unfinished">sampuli 1</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">sampuli {n}</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">mfano 1 wa dhahabu</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">mifano {n} ya dhahabu</translation>
    </message>
    <message>
        <source>1 text</source>
        <translation type="unfinished">maandishi 1</translation>
    </message>
    <message>
        <source>{n} texts</source>
        <translation type="unfinished">maandishi {n}</translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation type="unfinished">Umeingiza {what}.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">Vitufe vya ukaguzi</translation>
    </message>
    <message>
        <source>Click a field and press the new key. The same key may serve one action while deciding and one reason after X.</source>
        <translation type="unfinished">Bofya sehemu kisha bonyeza kitufe kipya. Kitufe kilekile kinaweza kufanya kitendo kimoja wakati wa kuamua na sababu moja baada ya X.</translation>
    </message>
    <message>
        <source>{key} already does “{action}”: choose another key, or change that one first.</source>
        <translation type="unfinished">{key} tayari hufanya “{action}”: chagua kitufe kingine, au badilisha hicho kwanza.</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">Vitufe vya ukaguzi</translation>
    </message>
    <message>
        <source>Change keys…</source>
        <translation type="unfinished">Badilisha vitufe…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished">Funga (Esc)</translation>
    </message>
    <message>
        <source>Going through the samples</source>
        <translation type="unfinished">Kupitia sampuli</translation>
    </message>
    <message>
        <source>After X: why it is rejected</source>
        <translation type="unfinished">Baada ya X: sababu ya kukataa</translation>
    </message>
    <message>
        <source>While editing a text</source>
        <translation type="unfinished">Unapohariri maandishi</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation type="unfinished">Hifadhi maandishi</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation type="unfinished">Ghairi uhariri</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(hakuna)</translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished">kubali</translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished">kataa</translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished">hariri</translation>
    </message>
    <message>
        <source>relabel</source>
        <translation type="unfinished">badilisha lebo</translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished">ruka</translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished">tendua</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation type="unfinished">vitufe vyote</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language &amp; task</source>
        <extracomment>A new project file was written; the main window opens it.</extracomment>
        <translation type="unfinished">Lugha na kazi</translation>
    </message>
    <message>
        <source>Name the language your texts are written in, say what the classifier is for, and list the labels it should choose from.</source>
        <translation type="unfinished">Taja lugha ambayo maandishi yako yameandikwa, eleza kiainishi ni cha nini, na orodhesha lebo ambazo kinapaswa kuchagua kutoka kwazo.</translation>
    </message>
    <message>
        <source>Type a language name or code, e.g. Swahili or sw</source>
        <translation type="unfinished">Andika jina la lugha au msimbo wake, mf. Kiswahili au sw</translation>
    </message>
    <message>
        <source>What should the classifier do? e.g. Sort SMS reports from farmers by topic.</source>
        <translation type="unfinished">Kiainishi kifanye nini? mf. Panga ripoti za SMS kutoka kwa wakulima kwa mada.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Lebo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Maelezo</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished">Ongeza lebo</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished">Ondoa lebo</translation>
    </message>
    <message>
        <source>Create project…</source>
        <translation type="unfinished">Unda mradi…</translation>
    </message>
    <message>
        <source>This is the open project&apos;s language, task and labels. To start another project, use File › New project.</source>
        <translation type="unfinished">Hii ni lugha, kazi na lebo za mradi uliofunguliwa. Ili kuanzisha mradi mwingine, tumia Faili › Mradi mpya.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Lugha</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished">Kazi</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished">Lebo</translation>
    </message>
    <message>
        <source>written right to left</source>
        <translation type="unfinished">huandikwa kutoka kulia kwenda kushoto</translation>
    </message>
    <message>
        <source>written left to right</source>
        <translation type="unfinished">huandikwa kutoka kushoto kwenda kulia</translation>
    </message>
    <message>
        <source>Script: {script} ({code}) · {direction}</source>
        <translation type="unfinished">Herufi: {script} ({code}) · {direction}</translation>
    </message>
    <message>
        <source>{name} classifier</source>
        <translation type="unfinished">Kiainishi cha {name}</translation>
    </message>
</context>
<context>
    <name>LocalTeacherFiles</name>
    <message>
        <source>Add a GGUF file on disk…</source>
        <translation type="unfinished">Ongeza faili la GGUF lililo kwenye diski…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished">Ondoa kwenye orodha</translation>
    </message>
    <message>
        <source>Shule forgets the file; the file itself is left where it is.</source>
        <translation type="unfinished">Shule inalisahau faili; faili lenyewe linabaki lilipo.</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">Tumia modeli hii</translation>
    </message>
    <message>
        <source>Files you add are used where they are; Shule does not copy them. Downloaded models are kept in {folder}.</source>
        <translation type="unfinished">Faili unazoongeza hutumika zilipo; Shule haizinakili. Modeli zilizopakuliwa huhifadhiwa kwenye {folder}.</translation>
    </message>
    <message>
        <source>{name} — missing from {folder}</source>
        <translation type="unfinished">{name} — haipo kwenye {folder}</translation>
    </message>
    <message>
        <source>{name} — used where it is, in {folder}</source>
        <translation type="unfinished">{name} — inatumika ilipo, kwenye {folder}</translation>
    </message>
    <message>
        <source>{name} — downloaded</source>
        <translation type="unfinished">{name} — imepakuliwa</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Training loss curve</source>
        <extracomment>The curve keeps at most this many points however long the run: neighbours are merged into buckets (mean drawn as the line, min–max as a band), so painting stays cheap at 100k steps.</extracomment>
        <translation type="unfinished">Mkunjo wa hasara ya mafunzo</translation>
    </message>
    <message>
        <source>The loss curve appears here while the student trains.</source>
        <translation type="unfinished">Mkunjo wa hasara utaonekana hapa mwanafunzi anapofunzwa.</translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished">hatua</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished">hasara</translation>
    </message>
    <message>
        <source>dev macro-F1</source>
        <translation type="unfinished">macro-F1 ya uthibitisho</translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation type="unfinished">hatua {step}: hasara {loss}</translation>
    </message>
    <message>
        <source>dev macro-F1 {value} at step {step}</source>
        <translation type="unfinished">macro-F1 ya uthibitisho {value} katika hatua {step}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">&amp;Mradi mpya</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished">&amp;Fungua mradi…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished">&amp;Ingiza data…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished">&amp;Hamisha data…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation type="unfinished">M&amp;odeli…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">O&amp;ndoka</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished">Mi&amp;pangilio</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;Lugha ya kiolesura</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">&amp;Nenda</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Msaada</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation type="unfinished">&amp;Hiki ni nini?</translation>
    </message>
    <message>
        <source>New projects start with the teacher {name}.</source>
        <translation type="unfinished">Miradi mipya huanza na mwalimu {name}.</translation>
    </message>
    <message>
        <source>{name} was made by an earlier version of Shule, so it has been upgraded. A copy of it as it was is kept at {backup}; the earlier Shule can open that copy.</source>
        <translation type="unfinished">{name} ilitengenezwa na toleo la awali la Shule, kwa hiyo imesasishwa. Nakala yake ilivyokuwa imehifadhiwa kwenye {backup}; Shule ya awali inaweza kufungua nakala hiyo.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished">Hakuna mradi uliofunguliwa</translation>
    </message>
    <message>
        <source>Shule</source>
        <translation type="unfinished">Shule</translation>
    </message>
    <message>
        <source>Create or open a project first</source>
        <translation type="unfinished">Unda au fungua mradi kwanza</translation>
    </message>
    <message>
        <source>Choose a teacher first</source>
        <translation type="unfinished">Chagua mwalimu kwanza</translation>
    </message>
    <message>
        <source>Generate or import samples first</source>
        <translation type="unfinished">Tengeneza au ingiza sampuli kwanza</translation>
    </message>
    <message>
        <source>Choose a teacher or train a student first</source>
        <translation type="unfinished">Chagua mwalimu au funza mwanafunzi kwanza</translation>
    </message>
    <message>
        <source>Train a student first</source>
        <translation type="unfinished">Funza mwanafunzi kwanza</translation>
    </message>
    <message>
        <source>Shule can change its language once this work has ended: {steps}. Wait for it or stop it, then choose the language again.</source>
        <translation type="unfinished">Shule inaweza kubadilisha lugha yake kazi hii ikishaisha: {steps}. Isubiri au isimamishe, kisha chagua lugha tena.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Teacher models</source>
        <translation type="unfinished">Modeli za mwalimu</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language. Download one of the recommended models, or use a GGUF model file you already have. A model that fits in your GPU&apos;s memory runs fast; on the CPU it works, slowly.</source>
        <translation type="unfinished">Mwalimu ni modeli kubwa ya lugha inayoandika maandishi ya mfano kwa lugha yako. Pakua mojawapo ya modeli zinazopendekezwa, au tumia faili la modeli la GGUF ulilo nalo tayari. Modeli inayotosha kwenye kumbukumbu ya GPU yako hufanya kazi haraka; kwenye CPU inafanya kazi, polepole.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modeli</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished">Kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">Ukubwa kwenye diski</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation type="unfinished">Kumbukumbu inayohitajika</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Lugha</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">Leseni</translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished">Pakua</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Sitisha</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Endelea</translation>
    </message>
    <message>
        <source>Discard partial</source>
        <translation type="unfinished">Tupa kipande kilichopakuliwa</translation>
    </message>
    <message>
        <source>Open model card</source>
        <translation type="unfinished">Fungua kadi ya modeli</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">Tumia modeli hii</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation type="unfinished">Modeli zinazopendekezwa</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation type="unfinished">Modeli kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>RAM {ram} GB; GPU {vram} GB</source>
        <translation type="unfinished">RAM {ram} GB; GPU {vram} GB</translation>
    </message>
    <message>
        <source>{licence} (non-commercial)</source>
        <translation type="unfinished">{licence} (si ya kibiashara)</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation type="unfinished">tazama maelezo</translation>
    </message>
    <message>
        <source>{some}, … ({n} in all)</source>
        <translation type="unfinished">{some}, … ({n} kwa jumla)</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished">Inasitisha…</translation>
    </message>
    <message>
        <source>Downloading… {percent} %</source>
        <translation type="unfinished">Inapakua… {percent} %</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished">Imepakuliwa</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished">Haijapakuliwa</translation>
    </message>
    <message>
        <source>Paused at {percent} %</source>
        <translation type="unfinished">Imesitishwa kwenye {percent} %</translation>
    </message>
    <message>
        <source>Paused ({size} downloaded)</source>
        <translation type="unfinished">Imesitishwa ({size} imepakuliwa)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">Inaangalia…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Inaanza…</translation>
    </message>
    <message>
        <source>Downloaded {name}.</source>
        <translation type="unfinished">{name} imepakuliwa.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped, now or after Shule is started again.</source>
        <translation type="unfinished">Imesitishwa. Endelea huanzia pale ilipoishia, sasa au baada ya Shule kuanzishwa tena.</translation>
    </message>
    <message>
        <source>Runs well on your GPU</source>
        <translation type="unfinished">Inafanya kazi vizuri kwenye GPU yako</translation>
    </message>
    <message>
        <source>Runs on the CPU, slowly</source>
        <translation type="unfinished">Inafanya kazi kwenye CPU, polepole</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation type="unfinished">Ni kubwa mno kwa kompyuta hii</translation>
    </message>
</context>
<context>
    <name>MoreReview</name>
    <message>
        <source>Would more review help?</source>
        <translation type="unfinished">Je, ukaguzi zaidi utasaidia?</translation>
    </message>
    <message>
        <source>Draw the learning curve</source>
        <translation type="unfinished">Chora mkunjo wa kujifunza</translation>
    </message>
    <message>
        <source>Trains the newest student&apos;s kind again on a quarter, a half and all of your accepted samples and scores each: a curve still rising says more reviewed samples will help.</source>
        <translation type="unfinished">Hufunza tena aina ya mwanafunzi wa karibuni zaidi kwa robo, nusu na sampuli zako zote zilizokubaliwa na kupima kila mmoja: mkunjo unaoendelea kupanda unaonyesha kuwa sampuli zaidi zilizokaguliwa zitasaidia.</translation>
    </message>
    <message>
        <source>Review the texts the student is unsure about</source>
        <translation type="unfinished">Kagua maandishi ambayo mwanafunzi hana uhakika nayo</translation>
    </message>
    <message>
        <source>Your imported texts that the newest student finds hardest become samples waiting for review, labelled with its best guess: correcting them teaches the next student most.</source>
        <translation type="unfinished">Maandishi yako yaliyoingizwa ambayo mwanafunzi wa karibuni zaidi huyaona magumu zaidi yanakuwa sampuli zinazosubiri ukaguzi, zikiwa na lebo anayokisia vizuri zaidi: kuzisahihisha humfundisha mwanafunzi anayefuata zaidi.</translation>
    </message>
    <message>
        <source>Import some of your own unlabelled texts first (File ▸ Import data…).</source>
        <translation type="unfinished">Ingiza kwanza baadhi ya maandishi yako yasiyo na lebo (Faili ▸ Ingiza data…).</translation>
    </message>
    <message>
        <source>{added} texts the student is least sure about wait on the Review page, labelled with its best guess.</source>
        <translation type="unfinished">Maandishi {added} ambayo mwanafunzi hana uhakika nayo zaidi yanasubiri kwenye ukurasa wa Ukaguzi, yakiwa na lebo anayokisia vizuri zaidi.</translation>
    </message>
    <message>
        <source>{share} of the samples ({n}): {f1}</source>
        <translation type="unfinished">{share} ya sampuli ({n}): {f1}</translation>
    </message>
    <message>
        <source>The score still rises with more samples: reviewing more should help.</source>
        <translation type="unfinished">Alama bado zinapanda kwa sampuli zaidi: kukagua zaidi kunapaswa kusaidia.</translation>
    </message>
    <message>
        <source>The score has levelled off: more of the same samples may not help much; try new strategies or a larger student.</source>
        <translation type="unfinished">Alama zimetulia: sampuli zaidi za aina hiyohiyo huenda zisisaidie sana; jaribu mbinu mpya au mwanafunzi mkubwa zaidi.</translation>
    </message>
    <message>
        <source>macro-F1 on the {on} set — {points}. {advice}</source>
        <translation type="unfinished">macro-F1 kwenye seti {on} — {points}. {advice}</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">ya dhahabu</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">iliyowekwa kando</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Something went wrong ({kind}: {detail}). Please report this.</source>
        <extracomment>The project changed in a way that may open or close later steps (teacher set, samples…).</extracomment>
        <translation type="unfinished">Kuna kitu kimeharibika ({kind}: {detail}). Tafadhali ripoti hili.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Target per label</source>
        <extracomment>Up to this many samples the numbers are read at once (a few ms); beyond, in a worker thread with its own connection (on 100k samples the grouped queries take a few hundred ms).</extracomment>
        <translation type="unfinished">Lengo kwa kila lebo</translation>
    </message>
    <message>
        <source>{p} pending · {a} accepted · {r} rejected</source>
        <translation type="unfinished">{p} zinasubiri · {a} zimekubaliwa · {r} zimekataliwa</translation>
    </message>
    <message>
        <source>Accepted, by strategy: {rates}</source>
        <translation type="unfinished">Zilizokubaliwa, kwa mbinu: {rates}</translation>
    </message>
    <message>
        <source>Accepted, by teacher: {rates}</source>
        <translation type="unfinished">Zilizokubaliwa, kwa mwalimu: {rates}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Ghairi</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Inaanza…</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation type="unfinished">zimebaki takriban sekunde {n}</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation type="unfinished">zimebaki takriban dakika {n}</translation>
    </message>
    <message>
        <source>about {hours:.1f} h left</source>
        <translation type="unfinished">zimebaki takriban saa {hours:.1f}</translation>
    </message>
</context>
<context>
    <name>ReasonBar</name>
    <message>
        <source>Why reject it?</source>
        <translation type="unfinished">Kwa nini uikatae?</translation>
    </message>
    <message>
        <source>Esc keep it</source>
        <translation type="unfinished">Esc iache</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Endelea</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished">Funga</translation>
    </message>
    <message>
        <source>Forget this run; its samples are kept.</source>
        <translation type="unfinished">Sahau mzunguko huu; sampuli zake zinahifadhiwa.</translation>
    </message>
    <message>
        <source>A generation run stopped before it finished ({n} of {total} samples made). Continue it?</source>
        <translation type="unfinished">Mzunguko wa utengenezaji ulisimama kabla ya kumalizika (sampuli {n} kati ya {total} zimetengenezwa). Uuendeleze?</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished">Hifadhi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">Ghairi (Esc)</translation>
    </message>
    <message>
        <source>No sample selected.</source>
        <translation type="unfinished">Hakuna sampuli iliyochaguliwa.</translation>
    </message>
    <message>
        <source>pinned as a teacher example</source>
        <translation type="unfinished">imebandikwa kama mfano wa mwalimu</translation>
    </message>
    <message>
        <source>excluded from the teacher&apos;s examples</source>
        <translation type="unfinished">imeondolewa kwenye mifano ya mwalimu</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished">Imekataliwa: {reason}</translation>
    </message>
    <message>
        <source>strategy: {s}</source>
        <translation type="unfinished">mbinu: {s}</translation>
    </message>
    <message>
        <source>teacher: {t}</source>
        <translation type="unfinished">mwalimu: {t}</translation>
    </message>
    <message>
        <source>checked by the teacher</source>
        <translation type="unfinished">imehakikiwa na mwalimu</translation>
    </message>
    <message>
        <source>{n} examples shown to the teacher</source>
        <translation type="unfinished">mifano {n} iliyoonyeshwa kwa mwalimu</translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>Search the texts…</source>
        <translation type="unfinished">Tafuta katika maandishi…</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">Tafuta katika maandishi</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Hali yoyote</translation>
    </message>
    <message>
        <source>Show the samples with status</source>
        <translation type="unfinished">Onyesha sampuli zenye hali</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished">Lebo yoyote</translation>
    </message>
    <message>
        <source>Show the samples with label</source>
        <translation type="unfinished">Onyesha sampuli zenye lebo</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished">Chanzo chochote</translation>
    </message>
    <message>
        <source>Show the samples from</source>
        <translation type="unfinished">Onyesha sampuli kutoka</translation>
    </message>
    <message>
        <source>Any strategy</source>
        <translation type="unfinished">Mbinu yoyote</translation>
    </message>
    <message>
        <source>Show the samples written with strategy</source>
        <translation type="unfinished">Onyesha sampuli zilizoandikwa kwa mkakati</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished">Sababu yoyote</translation>
    </message>
    <message>
        <source>Show the samples rejected for reason</source>
        <translation type="unfinished">Onyesha sampuli zilizokataliwa kwa sababu</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">Onyesha zote</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished">Futa utafutaji na kila kichujio</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>Relabel as “{label}”</source>
        <translation type="unfinished">Badilisha lebo kuwa “{label}”</translation>
    </message>
    <message>
        <source>Relabel as label {n}</source>
        <translation type="unfinished">Badilisha lebo kuwa lebo {n}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished">Sababu: {reason}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Kubali</translation>
    </message>
    <message>
        <source>Reject (then the reason)</source>
        <translation type="unfinished">Kataa (kisha sababu)</translation>
    </message>
    <message>
        <source>Edit the text</source>
        <translation type="unfinished">Hariri maandishi</translation>
    </message>
    <message>
        <source>Skip to the next sample</source>
        <translation type="unfinished">Ruka hadi sampuli inayofuata</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Rudia</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">Tafuta katika maandishi</translation>
    </message>
    <message>
        <source>Pin / unpin as a teacher example</source>
        <translation type="unfinished">Bandika / bandua kama mfano wa mwalimu</translation>
    </message>
    <message>
        <source>Exclude / include as a teacher example</source>
        <translation type="unfinished">Ondoa / rudisha kama mfano wa mwalimu</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation type="unfinished">Onyesha vitufe</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>pinned</source>
        <translation type="unfinished">imebandikwa</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Maandishi</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Lebo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Hali</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Chanzo</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished">imeondolewa</translation>
    </message>
    <message>
        <source>wrong language</source>
        <extracomment>Why a sample was rejected: stored code (core&apos;s list) and the words shown (keys 1–6 pick them in this order).</extracomment>
        <translation type="unfinished">lugha si sahihi</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">lebo si sahihi</translation>
    </message>
    <message>
        <source>unnatural or translated-sounding</source>
        <translation type="unfinished">si ya asili au inasikika kama tafsiri</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished">nakala</translation>
    </message>
    <message>
        <source>harmful</source>
        <translation type="unfinished">yenye madhara</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">nyingine</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">imetengenezwa</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation type="unfinished">imewekewa lebo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">imeingizwa</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">dhahabu</translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished">inasubiri</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished">imekubaliwa</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished">imekataliwa</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Ukaguzi</translation>
    </message>
    <message>
        <source>Keep the samples that are right and reject the others: the next one follows at once. Select rows to decide them together; press ? for every key.</source>
        <translation type="unfinished">Baki na sampuli zilizo sahihi na ukatae nyingine: inayofuata hujitokeza mara moja. Chagua safumlalo ili kuziamua pamoja; bonyeza ? kuona kila kitufe.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">Sampuli</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation type="unfinished">Vitufe…</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">sampuli {n}</translation>
    </message>
    <message>
        <source>{n} samples match</source>
        <translation type="unfinished">sampuli {n} zinalingana</translation>
    </message>
</context>
<context>
    <name>RoundStats</name>
    <message>
        <source>zero-shot</source>
        <translation type="unfinished">bila mifano</translation>
    </message>
    <message>
        <source>few-shot</source>
        <translation type="unfinished">mifano michache</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished">mbalimbali</translation>
    </message>
    <message>
        <source>Rounds so far</source>
        <translation type="unfinished">Mizunguko hadi sasa</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation type="unfinished">Awamu zilizopita</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation type="unfinished">bado haijakaguliwa</translation>
    </message>
    <message>
        <source>{rate:.0%} accepted ({a} of {n} reviewed</source>
        <translation type="unfinished">{rate:.0%} zimekubaliwa ({a} kati ya {n} zilizokaguliwa</translation>
    </message>
    <message>
        <source>, {n} to review</source>
        <translation type="unfinished">, {n} za kukagua</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished">Mzunguko {number}</translation>
    </message>
    <message>
        <source>Rejected: {reasons}.</source>
        <translation type="unfinished">Zimekataliwa: {reasons}.</translation>
    </message>
    <message>
        <source>{n} made</source>
        <translation type="unfinished">{n} zimetengenezwa</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <source>Scores: macro-F1 per model</source>
        <translation type="unfinished">Alama: macro-F1 kwa kila modeli</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">mwalimu</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">mwanafunzi</translation>
    </message>
    <message>
        <source>{name} ({kind}): not scored yet</source>
        <translation type="unfinished">{name} ({kind}): bado haijapimwa</translation>
    </message>
    <message>
        <source>{name} ({kind}): macro-F1 {value}</source>
        <translation type="unfinished">{name} ({kind}): macro-F1 {value}</translation>
    </message>
    <message>
        <source>{delta} against the teacher</source>
        <translation type="unfinished">{delta} ukilinganisha na mwalimu</translation>
    </message>
    <message>
        <source>Scores appear here once a model is evaluated.</source>
        <translation type="unfinished">Alama zitaonekana hapa modeli ikishatathminiwa.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">bado haijapimwa</translation>
    </message>
    <message>
        <source>teacher&apos;s score</source>
        <translation type="unfinished">alama ya mwalimu</translation>
    </message>
</context>
<context>
    <name>ScoreDetails</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Lebo</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished">Usahihi wa utabiri</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished">Upatikanaji</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished">F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished">Idadi</translation>
    </message>
    <message>
        <source>Scores per label</source>
        <translation type="unfinished">Alama kwa kila lebo</translation>
    </message>
    <message>
        <source>Of the texts the model gave this label, the share that really have it.</source>
        <translation type="unfinished">Kati ya maandishi ambayo modeli iliyapa lebo hii, sehemu ambayo kweli inayo.</translation>
    </message>
    <message>
        <source>Of the texts that have this label, the share the model found.</source>
        <translation type="unfinished">Kati ya maandishi yenye lebo hii, sehemu ambayo modeli iliipata.</translation>
    </message>
    <message>
        <source>Precision and recall in one figure (their harmonic mean): 1.0 is perfect.</source>
        <translation type="unfinished">Usahihi wa utabiri na upatikanaji katika kielelezo kimoja (wastani wao wa kihamoni): 1.0 ni kamili.</translation>
    </message>
    <message>
        <source>How many gold texts have this label.</source>
        <translation type="unfinished">Idadi ya maandishi ya dhahabu yenye lebo hii.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">Onyesha yote</translation>
    </message>
    <message>
        <source>List every gold text the model got wrong</source>
        <translation type="unfinished">Orodhesha kila maandishi ya dhahabu ambayo modeli ilikosea</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Maandishi</translation>
    </message>
    <message>
        <source>True label</source>
        <translation type="unfinished">Lebo sahihi</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished">Iliyotabiriwa</translation>
    </message>
    <message>
        <source>Gold texts the model labelled wrongly</source>
        <translation type="unfinished">Maandishi ya dhahabu ambayo modeli iliyawekea lebo isiyo sahihi</translation>
    </message>
    <message>
        <source>{name} is not scored yet.</source>
        <translation type="unfinished">{name} bado haijapimwa.</translation>
    </message>
    <message>
        <source>Select a row of the scoreboard to see where it goes wrong.</source>
        <translation type="unfinished">Chagua safumlalo ya ubao wa alama ili kuona inakosea wapi.</translation>
    </message>
    <message>
        <source>{name}: where it goes wrong</source>
        <translation type="unfinished">{name}: inakosea wapi</translation>
    </message>
    <message>
        <source>Gold texts labelled wrongly: {n}</source>
        <translation type="unfinished">Maandishi ya dhahabu yaliyowekewa lebo isiyo sahihi: {n}</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n}</source>
        <translation type="unfinished">Sahihi {true}, iliyotabiriwa {predicted}: {n}</translation>
    </message>
</context>
<context>
    <name>ServerTeacherForm</name>
    <message>
        <source>Find servers on this computer</source>
        <translation type="unfinished">Tafuta seva kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>for example http://127.0.0.1:11434/v1 or https://api.openai.com/v1</source>
        <translation type="unfinished">kwa mfano http://127.0.0.1:11434/v1 au https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation type="unfinished">jina la modeli kwenye seva</translation>
    </message>
    <message>
        <source>only for online APIs</source>
        <translation type="unfinished">kwa API za mtandaoni tu</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished">Jaribu muunganisho</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Anwani ya seva</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modeli</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished">Ufunguo wa API</translation>
    </message>
    <message>
        <source>A key for this server is stored on this computer; type a new one to replace it.</source>
        <translation type="unfinished">Ufunguo wa seva hii umehifadhiwa kwenye kompyuta hii; andika mpya ili kuubadilisha.</translation>
    </message>
    <message>
        <source>needs an API key</source>
        <translation type="unfinished">inahitaji ufunguo wa API</translation>
    </message>
    <message>
        <source>model {name}</source>
        <translation type="unfinished">modeli {name}</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation type="unfinished">modeli {n}</translation>
    </message>
    <message>
        <source>Shule can look for Ollama, LM Studio, a llama.cpp server or vLLM running on this computer.</source>
        <translation type="unfinished">Shule inaweza kutafuta Ollama, LM Studio, seva ya llama.cpp au vLLM zinazofanya kazi kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Start one, or type the address of an online API.</source>
        <translation type="unfinished">Hakuna seva ya modeli inayofanya kazi kwenye kompyuta hii. Anzisha moja, au andika anwani ya API ya mtandaoni.</translation>
    </message>
    <message>
        <source>Found on this computer (choose one):</source>
        <translation type="unfinished">Zimepatikana kwenye kompyuta hii (chagua moja):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished">Kila mahali</translation>
    </message>
    <message>
        <source>On the Review page</source>
        <translation type="unfinished">Kwenye ukurasa wa Ukaguzi</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Nini</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">Vitufe</translation>
    </message>
    <message>
        <source>Every step can be reached from the keyboard: Tab moves between fields and buttons, Space or Enter presses a button. On the Review page, press ? to see its keys and change them.</source>
        <translation type="unfinished">Kila hatua inaweza kufikiwa kwa kibodi: Tab huhamia kati ya sehemu na vitufe, Space au Enter hubonyeza kitufe. Kwenye ukurasa wa Ukaguzi, bonyeza ? kuona vitufe vyake na kuvibadilisha.</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">Imekamilika</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Hatua inayofuata</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">Mwalimu</translation>
    </message>
    <message>
        <source>Choose the large language model that writes example texts for each label: a GGUF model file on this computer, or a model server. A model that knows your language well gives better samples.</source>
        <translation type="unfinished">Chagua modeli kubwa ya lugha itakayoandika maandishi ya mfano kwa kila lebo: faili la modeli la GGUF kwenye kompyuta hii, au seva ya modeli. Modeli inayoijua lugha yako vizuri hutoa sampuli bora zaidi.</translation>
    </message>
    <message>
        <source>A model file on this computer (GGUF)</source>
        <translation type="unfinished">Faili la modeli kwenye kompyuta hii (GGUF)</translation>
    </message>
    <message>
        <source>A model server (Ollama, LM Studio, llama.cpp server, vLLM, or an online API)</source>
        <translation type="unfinished">Seva ya modeli (Ollama, LM Studio, seva ya llama.cpp, vLLM, au API ya mtandaoni)</translation>
    </message>
    <message>
        <source>Path to a .gguf model file</source>
        <translation type="unfinished">Njia ya faili la modeli la .gguf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Vinjari…</translation>
    </message>
    <message>
        <source>Recommended models…</source>
        <translation type="unfinished">Modeli zinazopendekezwa…</translation>
    </message>
    <message>
        <source>Download a recommended teacher model, or choose one already on this computer.</source>
        <translation type="unfinished">Pakua modeli ya mwalimu inayopendekezwa, au chagua moja iliyopo tayari kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished">Faili la modeli</translation>
    </message>
    <message>
        <source>Use this teacher</source>
        <extracomment>Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">Tumia mwalimu huyu</translation>
    </message>
    <message>
        <source>Looking for servers on this computer…</source>
        <translation type="unfinished">Inatafuta seva kwenye kompyuta hii…</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first, or choose a server found on this computer.</source>
        <translation type="unfinished">Andika anwani ya seva kwanza, au chagua seva iliyopatikana kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished">Inauliza seva…</translation>
    </message>
    <message>
        <source>Shule found a model server on this computer: {names}. Choose “A model server” to use it.</source>
        <translation type="unfinished">Shule imepata seva ya modeli kwenye kompyuta hii: {names}. Chagua “Seva ya modeli” ili kuitumia.</translation>
    </message>
    <message>
        <source>Choose a model file first.</source>
        <translation type="unfinished">Chagua faili la modeli kwanza.</translation>
    </message>
    <message>
        <source>Type or choose the model&apos;s name.</source>
        <translation type="unfinished">Andika au chagua jina la modeli.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address.</source>
        <translation type="unfinished">“{address}” si anwani ya wavuti.</translation>
    </message>
    <message>
        <source>No teacher chosen yet. Your usual teacher is filled in: check it, then click “Use this teacher”.</source>
        <translation type="unfinished">Bado hujachagua mwalimu. Mwalimu wako wa kawaida amejazwa: mkague, kisha bofya “Tumia mwalimu huyu”.</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">Bado hujachagua mwalimu.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">Mwalimu wa mradi huu: modeli {model} kwenye seva iliyoko {url}.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: {path}
{about}</source>
        <translation type="unfinished">Mwalimu wa mradi huu: {path}
{about}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Train</source>
        <translation type="unfinished">Funza</translation>
    </message>
    <message>
        <source>Train a small model (the student) on your accepted samples. The quick student trains in seconds; a pretrained base that knows your language usually scores higher but takes longer.</source>
        <translation type="unfinished">Funza modeli ndogo (mwanafunzi) kwa sampuli zako zilizokubaliwa. Mwanafunzi mwepesi hufunzwa kwa sekunde chache; modeli ya msingi iliyofunzwa awali inayoijua lugha yako kwa kawaida hupata alama za juu zaidi lakini huchukua muda mrefu zaidi.</translation>
    </message>
    <message>
        <source>Training loss by step, and the score on the held-out samples after each epoch</source>
        <translation type="unfinished">Hasara ya mafunzo kwa kila hatua, na alama kwenye sampuli zilizowekwa kando baada ya kila mzunguko kamili (epoch)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modeli</translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">Mwanafunzi</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished">Amefunzwa</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">Sampuli</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Matokeo</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished">Ilivyoishia</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation type="unfinished">Modeli zilizofunzwa</translation>
    </message>
    <message>
        <source>The training pack is installed: press Train to fine-tune the student.</source>
        <translation type="unfinished">Kifurushi cha mafunzo kimesakinishwa: bonyeza Funza ili kumfunza mwanafunzi zaidi.</translation>
    </message>
    <message>
        <source>Stopping: the student finishes its current step and keeps the best epoch scored so far, if there is one…</source>
        <translation type="unfinished">Inasimamisha: mwanafunzi anamaliza hatua yake ya sasa na kuhifadhi mzunguko kamili (epoch) bora uliopimwa hadi sasa, kama upo…</translation>
    </message>
    <message>
        <source>Training stopped; nothing was saved.</source>
        <translation type="unfinished">Mafunzo yamesimamishwa; hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <source>Ready: {n} accepted samples; a fifth of each label is held out to measure the result.</source>
        <translation type="unfinished">Tayari: sampuli {n} zilizokubaliwa; sehemu ya tano ya kila lebo huwekwa kando kupima matokeo.</translation>
    </message>
    <message>
        <source>1 gold example also appears among the training samples: it is left out of training, so the score stays honest.</source>
        <translation type="unfinished">Mfano 1 wa dhahabu unaonekana pia katika sampuli za mafunzo: umeachwa nje ya mafunzo, ili alama zibaki za haki.</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training, so the score stays honest.</source>
        <translation type="unfinished">Mifano {n} ya dhahabu inaonekana pia katika sampuli za mafunzo: imeachwa nje ya mafunzo, ili alama zibaki za haki.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished">imekamilika</translation>
    </message>
    <message>
        <source>no figures: too few samples were held out for evaluation</source>
        <translation type="unfinished">hakuna takwimu: sampuli chache mno ziliwekwa kando kwa tathmini</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">za dhahabu</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">zilizowekwa kando</translation>
    </message>
    <message>
        <source>accuracy {acc:.0%} · macro-F1 {f1:.2f} on {n} {on} samples</source>
        <translation type="unfinished">usahihi {acc:.0%} · macro-F1 {f1:.2f} kwenye sampuli {n} {on}</translation>
    </message>
    <message>
        <source>Trained {model}: {figures}.</source>
        <translation type="unfinished">{model} imefunzwa: {figures}.</translation>
    </message>
    <message>
        <source>stopped early at epoch {n}</source>
        <translation type="unfinished">ilisimama mapema kwenye epoch {n}</translation>
    </message>
    <message>
        <source>cancelled, kept epoch {n}</source>
        <translation type="unfinished">imeghairiwa, epoch {n} imehifadhiwa</translation>
    </message>
    <message>
        <source>stopped after {n} steps</source>
        <translation type="unfinished">ilisimama baada ya hatua {n}</translation>
    </message>
    <message>
        <source>Stopped: kept the best model so far (epoch {epoch}, dev macro-F1 {f1:.2f}).</source>
        <translation type="unfinished">Imesimamishwa: modeli bora hadi sasa imehifadhiwa (epoch {epoch}, macro-F1 ya uthibitisho {f1:.2f}).</translation>
    </message>
    <message>
        <source>Stopped early at epoch {n}: the dev score had not improved for {patience} epochs; kept epoch {best}.</source>
        <translation type="unfinished">Ilisimama mapema kwenye epoch {n}: alama ya uthibitisho haikuwa imeimarika kwa epoch {patience}; epoch {best} imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>TrainingPackBox</name>
    <message>
        <source>Training pack</source>
        <translation type="unfinished">Kifurushi cha mafunzo</translation>
    </message>
    <message>
        <source>Install the training pack</source>
        <translation type="unfinished">Sakinisha kifurushi cha mafunzo</translation>
    </message>
    <message>
        <source>Install from a folder of wheels…</source>
        <translation type="unfinished">Sakinisha kutoka folda ya wheels…</translation>
    </message>
    <message>
        <source>Without internet: choose the wheels folder of Shule&apos;s offline bundle.</source>
        <translation type="unfinished">Bila intaneti: chagua folda ya wheels ya kifurushi cha Shule cha nje ya mtandao.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack: PyTorch and transformers, which Shule uses only to fine-tune pretrained students (the quick student needs no pack).</source>
        <translation type="unfinished">Kumfunza zaidi mwanafunzi aliyefunzwa awali kunahitaji kifurushi cha mafunzo cha Shule: PyTorch na transformers, ambazo Shule huzitumia tu kuwafunza zaidi wanafunzi waliofunzwa awali (mwanafunzi mwepesi hahitaji kifurushi).</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA GPU, so Shule installs the pack with GPU support: about 4 GB to download (without GPU support it would be about 1 GB).</source>
        <translation type="unfinished">Kompyuta hii ina GPU ya NVIDIA, kwa hiyo Shule husakinisha kifurushi chenye uwezo wa GPU: takriban 4 GB za kupakua (bila uwezo wa GPU ingekuwa takriban 1 GB).</translation>
    </message>
    <message>
        <source>This computer has no NVIDIA GPU, so Shule installs the pack without GPU support: about 1 GB to download (with NVIDIA GPU support it would be about 4 GB).</source>
        <translation type="unfinished">Kompyuta hii haina GPU ya NVIDIA, kwa hiyo Shule husakinisha kifurushi bila uwezo wa GPU: takriban 1 GB ya kupakua (na uwezo wa GPU ya NVIDIA ingekuwa takriban 4 GB).</translation>
    </message>
    <message>
        <source>It is about 1 GB to download, or about 4 GB with NVIDIA GPU support; Shule picks the one that fits this computer.</source>
        <translation type="unfinished">Ni takriban 1 GB ya kupakua, au takriban 4 GB na uwezo wa GPU ya NVIDIA; Shule huchagua kile kinachofaa kompyuta hii.</translation>
    </message>
    <message>
        <source>Installing it needs about {size} of free disk space.</source>
        <translation type="unfinished">Kukisakinisha kunahitaji takriban {size} za nafasi wazi kwenye diski.</translation>
    </message>
    <message>
        <source>The pack installed earlier does not load: install it again.</source>
        <translation type="unfinished">Kifurushi kilichosakinishwa awali hakipakiki: kisakinishe tena.</translation>
    </message>
    <message>
        <source>Choose the folder of wheels (the offline bundle&apos;s wheels folder)</source>
        <translation type="unfinished">Chagua folda ya wheels (folda ya wheels ya kifurushi cha nje ya mtandao)</translation>
    </message>
    <message>
        <source>Stopping the installation…</source>
        <translation type="unfinished">Inasimamisha usakinishaji…</translation>
    </message>
    <message>
        <source>The installation stopped; nothing was installed.</source>
        <translation type="unfinished">Usakinishaji umesimamishwa; hakuna kilichosakinishwa.</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>More settings</source>
        <translation type="unfinished">Mipangilio zaidi</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished">otomatiki</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished">Epoch</translation>
    </message>
    <message>
        <source>Passes over the training samples. Automatic: 10 for a pretrained base (early stopping ends most runs sooner), 15 for the quick student.</source>
        <translation type="unfinished">Mara za kupitia sampuli za mafunzo. Otomatiki: 10 kwa modeli ya msingi iliyofunzwa awali (kusimama mapema humaliza mizunguko mingi mapema zaidi), 15 kwa mwanafunzi mwepesi.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished">Kasi ya kujifunza</translation>
    </message>
    <message>
        <source>Automatic: chosen from the size of the model.</source>
        <translation type="unfinished">Otomatiki: huchaguliwa kulingana na ukubwa wa modeli.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished">Ukubwa wa kundi</translation>
    </message>
    <message>
        <source>Samples per step. Automatic: grows with the data, from 4 for a few samples to 64 for many.</source>
        <translation type="unfinished">Sampuli kwa kila hatua. Otomatiki: huongezeka pamoja na data, kutoka 4 kwa sampuli chache hadi 64 kwa nyingi.</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation type="unfinished">Uvumilivu wa kusimama mapema</translation>
    </message>
    <message>
        <source>Training stops when the score on the held-out samples has not improved for this many epochs.</source>
        <translation type="unfinished">Mafunzo husimama wakati alama kwenye sampuli zilizowekwa kando haijaimarika kwa idadi hii ya epoch.</translation>
    </message>
    <message>
        <source>Stop after epochs without progress</source>
        <translation type="unfinished">Simama baada ya epoch bila maendeleo</translation>
    </message>
</context>
<context>
    <name>TryItBox</name>
    <message>
        <source>No exported model loaded yet.</source>
        <extracomment>A bundle was loaded (its folder): the page and window may show it.</extracomment>
        <translation type="unfinished">Bado hakuna modeli iliyohamishwa iliyopakiwa.</translation>
    </message>
    <message>
        <source>Load exported model…</source>
        <translation type="unfinished">Pakia modeli iliyohamishwa…</translation>
    </message>
    <message>
        <source>Full (fp32) is the exported model as trained; small (int8) is about four times smaller and faster on CPUs.</source>
        <translation type="unfinished">Kamili (fp32) ni modeli iliyohamishwa kama ilivyofunzwa; ndogo (int8) ni ndogo takriban mara nne na ina kasi zaidi kwenye CPU.</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation type="unfinished">Maandishi ya kuainisha</translation>
    </message>
    <message>
        <source>Load an exported model, then type or paste text.</source>
        <translation type="unfinished">Pakia modeli iliyohamishwa, kisha andika au bandika maandishi.</translation>
    </message>
    <message>
        <source>Choose an exported model folder</source>
        <translation type="unfinished">Chagua folda ya modeli iliyohamishwa</translation>
    </message>
    <message>
        <source>Type or paste text in {language}.</source>
        <translation type="unfinished">Andika au bandika maandishi kwa {language}.</translation>
    </message>
    <message>
        <source>Type or paste text.</source>
        <translation type="unfinished">Andika au bandika maandishi.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">Kamili (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">Ndogo (int8)</translation>
    </message>
    <message>
        <source>Trying {folder} — {variant}</source>
        <translation type="unfinished">Inajaribu {folder} — {variant}</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>Try it</source>
        <translation type="unfinished">Ijaribu</translation>
    </message>
    <message>
        <source>Type or paste text and see which label an exported model gives it, and how sure it is. Any exported model folder loads, also one made on another computer.</source>
        <translation type="unfinished">Andika au bandika maandishi na uone modeli iliyohamishwa inayapa lebo gani, na ina uhakika kiasi gani. Folda yoyote ya modeli iliyohamishwa inapakiwa, hata iliyotengenezwa kwenye kompyuta nyingine.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The {kind} process stopped unexpectedly (exit code {code}).</source>
        <translation type="unfinished">Mchakato wa {kind} ulisimama ghafla (msimbo wa kutoka {code}).</translation>
    </message>
    <message>
        <source>The {kind} step failed: {message}</source>
        <translation type="unfinished">Hatua ya {kind} imeshindwa: {message}</translation>
    </message>
    <message>
        <source>Its last words: {tail}</source>
        <translation type="unfinished">Maneno yake ya mwisho: {tail}</translation>
    </message>
    <message>
        <source>Shule could not back up {name} in {folder} before upgrading it to this version ({error}), so the project was left as it was.</source>
        <translation type="unfinished">Shule haikuweza kuhifadhi nakala ya {name} kwenye {folder} kabla ya kuisasisha kwa toleo hili ({error}), kwa hiyo mradi umeachwa kama ulivyokuwa.</translation>
    </message>
    <message>
        <source>{name} is in a folder Shule cannot write to ({folder}): copy the project to a folder you can write to and open it from there.</source>
        <translation type="unfinished">{name} iko kwenye folda ambayo Shule haiwezi kuandika ndani yake ({folder}): nakili mradi kwenye folda unayoweza kuandika ndani yake na uufungue kutoka hapo.</translation>
    </message>
    <message>
        <source>{name} is read-only: allow changes to the file, or open a copy of it.</source>
        <translation type="unfinished">{name} ni ya kusoma tu: ruhusu mabadiliko kwenye faili, au fungua nakala yake.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} cannot be opened: free some space, then open it again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo {name} haiwezi kufunguliwa: futa vitu ili kupata nafasi, kisha uifungue tena.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to back up {name} before upgrading it to this version of Shule (the copy needs about {mb:.1f} MB), so the project was left as it was: free some space, then open it again.</source>
        <translation type="unfinished">Hakuna nafasi ya kutosha kwenye diski kuhifadhi nakala ya {name} kabla ya kuisasisha kwa toleo hili la Shule (nakala inahitaji takriban {mb:.1f} MB), kwa hiyo mradi umeachwa kama ulivyokuwa: futa vitu ili kupata nafasi, kisha uifungue tena.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}): it may be damaged, or in use by another program.</source>
        <translation type="unfinished">{name} haikuweza kufunguliwa ({error}): huenda imeharibika, au inatumiwa na programu nyingine.</translation>
    </message>
    <message>
        <source>Upgrading {name} to this version of Shule failed ({error}), so the project is unchanged; a backup copy of it is at {backup}.</source>
        <translation type="unfinished">Kusasisha {name} kwa toleo hili la Shule kumeshindwa ({error}), kwa hiyo mradi haujabadilika; nakala yake ya akiba iko kwenye {backup}.</translation>
    </message>
    <message>
        <source>it lacks the {table} table</source>
        <translation type="unfinished">haina jedwali la {table}</translation>
    </message>
    <message>
        <source>A classifier needs at least 2 labels: add another label.</source>
        <translation type="unfinished">Kiainishi kinahitaji angalau lebo 2: ongeza lebo nyingine.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change to {name} was not saved; the project is as it was before it. Free some space, then try again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo badiliko la mwisho kwenye {name} halikuhifadhiwa; mradi uko kama ulivyokuwa kabla yake. Futa vitu ili kupata nafasi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>This project has no model called {model}.</source>
        <translation type="unfinished">Mradi huu hauna modeli inayoitwa {model}.</translation>
    </message>
    <message>
        <source>it lacks the {tables} tables</source>
        <translation type="unfinished">haina majedwali ya {tables}</translation>
    </message>
    <message>
        <source>its language is missing or unreadable</source>
        <translation type="unfinished">lugha yake haipo au haisomeki</translation>
    </message>
    <message>
        <source>A label has no name: give every label a short name.</source>
        <translation type="unfinished">Lebo moja haina jina: ipe kila lebo jina fupi.</translation>
    </message>
    <message>
        <source>Label “{label}” needs a one-line description of what belongs in it.</source>
        <translation type="unfinished">Lebo “{label}” inahitaji maelezo ya mstari mmoja ya kile kinachoingia ndani yake.</translation>
    </message>
    <message>
        <source>The label “{label}” appears twice: label names must be different.</source>
        <translation type="unfinished">Lebo “{label}” inaonekana mara mbili: majina ya lebo lazima yatofautiane.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another name or open it instead.</source>
        <translation type="unfinished">{path} tayari ipo: chagua jina jingine au uifungue badala yake.</translation>
    </message>
    <message>
        <source>There is no project file at {path}.</source>
        <translation type="unfinished">Hakuna faili la mradi kwenye {path}.</translation>
    </message>
    <message>
        <source>{name} is not a Shule project file.</source>
        <translation type="unfinished">{name} si faili la mradi wa Shule.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Shule: update Shule to open it.</source>
        <translation type="unfinished">{name} ilitengenezwa na toleo jipya zaidi la Shule: sasisha Shule ili kuifungua.</translation>
    </message>
    <message>
        <source>{name} is damaged: {damage}. Open a backup copy of it instead, if you have one.</source>
        <translation type="unfinished">{name} imeharibika: {damage}. Fungua nakala yake ya akiba badala yake, kama unayo.</translation>
    </message>
    <message>
        <source>There is no sample with id {id}.</source>
        <translation type="unfinished">Hakuna sampuli yenye kitambulisho {id}.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts left to rank: import some of your own texts first.</source>
        <translation type="unfinished">Hakuna maandishi yasiyo na lebo yaliyobaki ya kupanga: ingiza kwanza baadhi ya maandishi yako.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts to annotate: import some first.</source>
        <translation type="unfinished">Hakuna maandishi yasiyo na lebo ya kuwekea lebo: ingiza baadhi kwanza.</translation>
    </message>
    <message>
        <source>{done} of {total} texts</source>
        <translation type="unfinished">maandishi {done} kati ya {total}</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is damaged ({why}): reinstall Shule, or fix or remove the file that {variable} names.</source>
        <translation type="unfinished">Orodha ya modeli za mwalimu {path} imeharibika ({why}): sakinisha Shule upya, au rekebisha au ondoa faili ambalo {variable} inalitaja.</translation>
    </message>
    <message>
        <source>context is missing or not a positive whole number</source>
        <translation type="unfinished">context haipo au si namba kamili chanya</translation>
    </message>
    <message>
        <source>size_bytes is neither null nor a positive whole number</source>
        <translation type="unfinished">size_bytes si null wala namba kamili chanya</translation>
    </message>
    <message>
        <source>commercial_use is not true or false</source>
        <translation type="unfinished">commercial_use si true wala false</translation>
    </message>
    <message>
        <source>languages is not a list of language codes</source>
        <translation type="unfinished">languages si orodha ya misimbo ya lugha</translation>
    </message>
    <message>
        <source>its id or revision is empty</source>
        <translation type="unfinished">kitambulisho chake au toleo lake ni tupu</translation>
    </message>
    <message>
        <source>repo {repo} is not shaped like owner/name</source>
        <translation type="unfinished">repo {repo} haina umbo la owner/name</translation>
    </message>
    <message>
        <source>file {file} is not a .gguf file inside the repo</source>
        <translation type="unfinished">faili {file} si faili la .gguf ndani ya repo</translation>
    </message>
    <message>
        <source>sha256 is neither null nor 64 hexadecimal digits</source>
        <translation type="unfinished">sha256 si null wala tarakimu 64 za heksadesimali</translation>
    </message>
    <message>
        <source>There is no teacher model called {name} in Shule&apos;s list: choose one of {known}.</source>
        <translation type="unfinished">Hakuna modeli ya mwalimu inayoitwa {name} katika orodha ya Shule: chagua mojawapo ya {known}.</translation>
    </message>
    <message>
        <source>It needs {need:g} GB of memory, and this computer has {has}: choose a smaller model.</source>
        <translation type="unfinished">Inahitaji {need:g} GB za kumbukumbu, na kompyuta hii ina {has}: chagua modeli ndogo zaidi.</translation>
    </message>
    <message>
        <source>{key} is missing or not text</source>
        <translation type="unfinished">{key} haipo au si maandishi</translation>
    </message>
    <message>
        <source>{key} is missing or not a positive number</source>
        <translation type="unfinished">{key} haipo au si namba chanya</translation>
    </message>
    <message>
        <source>entry {n} is not an object</source>
        <translation type="unfinished">ingizo {n} si kitu (object)</translation>
    </message>
    <message>
        <source>entry {n}: {problem}</source>
        <translation type="unfinished">ingizo {n}: {problem}</translation>
    </message>
    <message>
        <source>it has no list of teachers</source>
        <translation type="unfinished">haina orodha ya walimu</translation>
    </message>
    <message>
        <source>The list of teacher models {path} was written for a newer Shule: update Shule.</source>
        <translation type="unfinished">Orodha ya modeli za mwalimu {path} iliandikwa kwa ajili ya Shule mpya zaidi: sasisha Shule.</translation>
    </message>
    <message>
        <source>two entries share an id</source>
        <translation type="unfinished">maingizo mawili yana kitambulisho kimoja</translation>
    </message>
    <message>
        <source>It fits in the memory of the GPU ({gpu}: it needs {need:g} GB, the GPU has {has}), so it runs fast.</source>
        <translation type="unfinished">Inatosha kwenye kumbukumbu ya GPU ({gpu}: inahitaji {need:g} GB, GPU ina {has}), kwa hiyo inafanya kazi haraka.</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no NVIDIA GPU was found (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">Itafanya kazi kwenye CPU, polepole, kwa sababu hakuna GPU ya NVIDIA iliyopatikana (inahitaji {need:g} GB za kumbukumbu, na kompyuta hii ina {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and the disk has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">Kuipakua kunahitaji {need} za nafasi wazi kwenye diski, na diski ina {free}: futa vitu ili kupata nafasi, au chagua modeli ndogo zaidi.</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is missing: reinstall Shule, or point {variable} at an existing file.</source>
        <translation type="unfinished">Orodha ya modeli za mwalimu {path} haipo: sakinisha Shule upya, au elekeza {variable} kwenye faili lililopo.</translation>
    </message>
    <message>
        <source>it is not readable JSON</source>
        <translation type="unfinished">si JSON inayosomeka</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no GPU has the {vram:g} GB it needs (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">Itafanya kazi kwenye CPU, polepole, kwa sababu hakuna GPU yenye {vram:g} GB inazohitaji (inahitaji {need:g} GB za kumbukumbu, na kompyuta hii ina {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and {where} has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">Kuipakua kunahitaji {need} za nafasi wazi kwenye diski, na {where} ina {free}: futa vitu ili kupata nafasi, au chagua modeli ndogo zaidi.</translation>
    </message>
    <message>
        <source>a good fit</source>
        <translation type="unfinished">inafaa vizuri</translation>
    </message>
    <message>
        <source>usable, though a better-matched base may do better</source>
        <translation type="unfinished">inatumika, ingawa modeli ya msingi inayolingana zaidi inaweza kufanya vizuri zaidi</translation>
    </message>
    <message>
        <source>not recommended</source>
        <translation type="unfinished">haipendekezwi</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown, and strips accents or other marks from {dropped} of words: {advice}.</source>
        <translation type="unfinished">{base} hugawanya maneno ya {language} katika vipande {fertility:.1f} kwa wastani, huacha {unknown} bila kutambulika, na huondoa alama za matamshi au alama nyingine kutoka {dropped} ya maneno: {advice}.</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown: {advice}.</source>
        <translation type="unfinished">{base} hugawanya maneno ya {language} katika vipande {fertility:.1f} kwa wastani na huacha {unknown} bila kutambulika: {advice}.</translation>
    </message>
    <message>
        <source>No base model covers {language} well: use the quick student (character n-grams), which works for any script.</source>
        <translation type="unfinished">Hakuna modeli ya msingi inayoifahamu {language} vizuri: tumia mwanafunzi mwepesi (vipande vya herufi), anayefaa kwa aina yoyote ya herufi.</translation>
    </message>
    <message>
        <source>{base} covers {language} best ({fertility:.1f} pieces per word, {unknown} unknown): use it as the student base.</source>
        <translation type="unfinished">{base} inaifahamu {language} vizuri zaidi (vipande {fertility:.1f} kwa kila neno, {unknown} haijulikani): itumie kama modeli ya msingi ya mwanafunzi.</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: add some before checking a base model.</source>
        <translation type="unfinished">Bado hakuna maandishi ya {language}: ongeza baadhi kabla ya kuangalia modeli ya msingi.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer.json (or vocab.txt), so its coverage cannot be checked; pick the model&apos;s folder, or save its tokenizer in the fast format first.</source>
        <translation type="unfinished">{folder} haina tokenizer.json (wala vocab.txt), kwa hiyo ufahamu wake wa lugha hauwezi kuangaliwa; chagua folda ya modeli, au hifadhi tokenizer yake katika muundo wa haraka (fast) kwanza.</translation>
    </message>
    <message>
        <source>{file} is not a tokenizer file that can be read ({detail}).</source>
        <translation type="unfinished">{file} si faili la tokenizer linaloweza kusomeka ({detail}).</translation>
    </message>
    <message>
        <source>Export data as one of: {formats}.</source>
        <translation type="unfinished">Hamisha data katika mojawapo ya miundo hii: {formats}.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: accept some samples first.</source>
        <translation type="unfinished">Bado hakuna cha kuhamisha: kubali baadhi ya sampuli kwanza.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name to export to.</source>
        <translation type="unfinished">{path} ni folda: chagua jina la faili la kuhamishia.</translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder name to export the data set to.</source>
        <translation type="unfinished">{path} ni faili: chagua jina la folda la kuhamishia seti ya data.</translation>
    </message>
    <message>
        <source>Shule cannot tell the format from “{name}”: end the name in .csv, .jsonl, .xlsx or .parquet, or give no suffix for a Hugging Face folder.</source>
        <translation type="unfinished">Shule haiwezi kujua muundo kutoka “{name}”: malizia jina kwa .csv, .jsonl, .xlsx au .parquet, au usiweke kiambishi kwa folda ya Hugging Face.</translation>
    </message>
    <message>
        <source>Sample {id} is too long for an Excel cell or holds control characters Excel cannot store: export to CSV, JSONL or Parquet.</source>
        <translation type="unfinished">Sampuli {id} ni ndefu mno kwa kisanduku cha Excel au ina herufi za udhibiti ambazo Excel haiwezi kuhifadhi: hamisha kwa CSV, JSONL au Parquet.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; what was there before is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo {path} haikuweza kuandikwa; kilichokuwepo hapo awali hakijabadilika. Futa vitu ili kupata nafasi, kisha uhamishe tena.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo {path} haikuweza kuandikwa; hakuna kilichoachwa hapo. Futa vitu ili kupata nafasi, kisha uhamishe tena.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation type="unfinished">Haikuweza kuandika {path}: {error}.</translation>
    </message>
    <message>
        <source>Checking the part downloaded before</source>
        <translation type="unfinished">Inaangalia sehemu iliyopakuliwa awali</translation>
    </message>
    <message>
        <source>Downloading {file} needs {short} more free space on {where}; it has {free} free and the rest of the file takes {remaining}: free some space, or set SHULE_MODELS_DIR to a folder on a bigger disk, then try again.</source>
        <translation type="unfinished">Kupakua {file} kunahitaji nafasi wazi ya ziada {short} kwenye {where}; ina nafasi wazi {free} na sehemu iliyobaki ya faili inachukua {remaining}: futa vitu ili kupata nafasi, au weka SHULE_MODELS_DIR kwenye folda iliyo kwenye diski kubwa zaidi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The downloaded file {file} is damaged ({why}): it was removed; download it again.</source>
        <translation type="unfinished">Faili lililopakuliwa {file} limeharibika ({why}): limeondolewa; lipakue tena.</translation>
    </message>
    <message>
        <source>Shule could not reach {host}: check the internet connection; behind a proxy, set HTTPS_PROXY.</source>
        <translation type="unfinished">Shule haikuweza kufikia {host}: angalia muunganisho wa intaneti; ukiwa nyuma ya proksi, weka HTTPS_PROXY.</translation>
    </message>
    <message>
        <source>The proxy server (HTTPS_PROXY or HTTP_PROXY) did not pass on the download of {file} from {host}: check the proxy setting, or ask whoever runs the network.</source>
        <translation type="unfinished">Seva ya proksi (HTTPS_PROXY au HTTP_PROXY) haikupitisha upakuaji wa {file} kutoka {host}: angalia mpangilio wa proksi, au muulize anayesimamia mtandao.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN): accept the licence on {page} while signed in, create a read token in your Hugging Face settings, set HF_TOKEN to it, then try again.</source>
        <translation type="unfinished">{file} inakuhitaji ukubali leseni yake kwenye huggingface.co na tokeni (HF_TOKEN): kubali leseni kwenye {page} ukiwa umeingia, tengeneza tokeni ya kusoma katika mipangilio yako ya Hugging Face, weka HF_TOKEN iwe tokeni hiyo, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The connection to {host} kept breaking while downloading {file}: check the internet connection, then download it again; it will continue where it stopped.</source>
        <translation type="unfinished">Muunganisho na {host} uliendelea kukatika wakati wa kupakua {file}: angalia muunganisho wa intaneti, kisha uipakue tena; itaendelea pale ilipoishia.</translation>
    </message>
    <message>
        <source>Checking {file}, downloaded before</source>
        <translation type="unfinished">Inaangalia {file}, iliyopakuliwa awali</translation>
    </message>
    <message>
        <source>Downloads are switched off ({name} is set): unset {name} to download {file}, or choose a model file already on this computer.</source>
        <translation type="unfinished">Upakuaji umezimwa ({name} imewekwa): ondoa {name} ili kupakua {file}, au chagua faili la modeli lililopo tayari kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>{host} sent Shule round in circles when asked for {file}: try again later.</source>
        <translation type="unfinished">{host} iliizungusha Shule bila mwisho ilipoombwa {file}: jaribu tena baadaye.</translation>
    </message>
    <message>
        <source>{host} has no file {file} at the address Shule knows (HTTP {status}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">{host} haina faili {file} kwenye anwani ambayo Shule inaijua (HTTP {status}): huenda orodha ya modeli imepitwa na wakati; sasisha Shule, au chagua modeli nyingine.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} when asked for {file}: try again later.</source>
        <translation type="unfinished">{host} ilijibu HTTP {status} ilipoombwa {file}: jaribu tena baadaye.</translation>
    </message>
    <message>
        <source>{host} offers {file} with a different size from the publisher&apos;s ({offered:,} bytes, not {size:,}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">{host} inatoa {file} yenye ukubwa tofauti na wa mchapishaji (baiti {offered:,}, si {size:,}): huenda orodha ya modeli imepitwa na wakati; sasisha Shule, au chagua modeli nyingine.</translation>
    </message>
    <message>
        <source>{size:,.0f} MB</source>
        <translation type="unfinished">{size:,.0f} MB</translation>
    </message>
    <message>
        <source>it has {done:,} bytes, not the publisher&apos;s {size:,}</source>
        <translation type="unfinished">ina baiti {done:,}, si {size:,} za mchapishaji</translation>
    </message>
    <message>
        <source>its checksum does not match the publisher&apos;s</source>
        <translation type="unfinished">checksum yake hailingani na ya mchapishaji</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {file} to {folder}: the part downloaded so far is kept; free some space, then download it again to continue.</source>
        <translation type="unfinished">Diski ilijaa wakati wa kupakua {file} kwenye {folder}: sehemu iliyopakuliwa hadi sasa imehifadhiwa; futa vitu ili kupata nafasi, kisha uipakue tena ili kuendelea.</translation>
    </message>
    <message>
        <source>Shule may not write to {folder}: set SHULE_MODELS_DIR to a folder you can write to, then try again.</source>
        <translation type="unfinished">Shule hairuhusiwi kuandika kwenye {folder}: weka SHULE_MODELS_DIR kwenye folda unayoweza kuandika ndani yake, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN) that may read it, and the token given was refused: accept the licence on {page} while signed in, check the token, then try again.</source>
        <translation type="unfinished">{file} inakuhitaji ukubali leseni yake kwenye huggingface.co na tokeni (HF_TOKEN) inayoruhusiwa kuisoma, na tokeni uliyotoa imekataliwa: kubali leseni kwenye {page} ukiwa umeingia, angalia tokeni, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>{host} could not send {file} just now (HTTP {status}): try again later; the download will continue where it stopped.</source>
        <translation type="unfinished">{host} haikuweza kutuma {file} kwa sasa (HTTP {status}): jaribu tena baadaye; upakuaji utaendelea pale ulipoishia.</translation>
    </message>
    <message>
        <source>it is longer than the publisher&apos;s {size:,} bytes</source>
        <translation type="unfinished">ni ndefu kuliko baiti {size:,} za mchapishaji</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">imekamilika</translation>
    </message>
    <message>
        <source>loading the model</source>
        <translation type="unfinished">inapakia modeli</translation>
    </message>
    <message>
        <source>timing one text at a time</source>
        <translation type="unfinished">inapima muda wa maandishi moja kwa wakati</translation>
    </message>
    <message>
        <source>The files of model {model_id} are missing: train the student again.</source>
        <translation type="unfinished">Faili za modeli {model_id} hazipo: mfunze mwanafunzi tena.</translation>
    </message>
    <message>
        <source>There is nothing to score on: add gold samples, or train with a dev share.</source>
        <translation type="unfinished">Hakuna cha kupimia: ongeza sampuli za dhahabu, au funza ukiweka sehemu ya uthibitisho.</translation>
    </message>
    <message>
        <source>scoring {n} gold samples</source>
        <translation type="unfinished">inapima sampuli {n} za dhahabu</translation>
    </message>
    <message>
        <source>scoring {n} held-out samples</source>
        <translation type="unfinished">inapima sampuli {n} zilizowekwa kando</translation>
    </message>
    <message>
        <source>The macro-F1 the int8 model may lose must be zero or more points.</source>
        <translation type="unfinished">Macro-F1 ambayo modeli ya int8 inaweza kupoteza lazima iwe pointi sifuri au zaidi.</translation>
    </message>
    <message>
        <source>{folder} is not an exported Shule model: export the model first.</source>
        <translation type="unfinished">{folder} si modeli ya Shule iliyohamishwa: hamisha modeli kwanza.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose a folder for the exported model.</source>
        <translation type="unfinished">{folder} ni faili: chagua folda ya modeli iliyohamishwa.</translation>
    </message>
    <message>
        <source>{folder} already holds other files: choose an empty folder or a new name for the export.</source>
        <translation type="unfinished">{folder} tayari ina faili nyingine: chagua folda tupu au jina jipya kwa uhamishaji.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; the zip already there is unchanged. Free some space, then try again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo {file} haikuweza kuandikwa; zip iliyokuwepo tayari haijabadilika. Futa vitu ili kupata nafasi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; nothing was left there. Free some space, then try again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo {file} haikuweza kuandikwa; hakuna kilichoachwa hapo. Futa vitu ili kupata nafasi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Could not write {file}: {detail}.</source>
        <translation type="unfinished">Haikuweza kuandika {file}: {detail}.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; the bundle already there is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo modeli haikuweza kuhamishwa kwenda {folder}; kifurushi kilichokuwepo tayari hakijabadilika. Futa vitu ili kupata nafasi, kisha uhamishe tena.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo modeli haikuweza kuhamishwa kwenda {folder}; hakuna kilichoachwa hapo. Futa vitu ili kupata nafasi, kisha uhamishe tena.</translation>
    </message>
    <message>
        <source>converting the model to ONNX</source>
        <translation type="unfinished">inageuza modeli kuwa ONNX</translation>
    </message>
    <message>
        <source>checking the export on {n} texts</source>
        <translation type="unfinished">inaangalia uhamishaji kwa maandishi {n}</translation>
    </message>
    <message>
        <source>writing the model card</source>
        <translation type="unfinished">inaandika kadi ya modeli</translation>
    </message>
    <message>
        <source>making the small int8 model</source>
        <translation type="unfinished">inatengeneza modeli ndogo ya int8</translation>
    </message>
    <message>
        <source>checking the {variant} model on {n} texts</source>
        <translation type="unfinished">inaangalia modeli ya {variant} kwa maandishi {n}</translation>
    </message>
    <message>
        <source>timing the {variant} model on this computer</source>
        <translation type="unfinished">inapima muda wa modeli ya {variant} kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Sample {id} is a gold sample: the test set is never shown to the teacher.</source>
        <translation type="unfinished">Sampuli {id} ni sampuli ya dhahabu: seti ya majaribio haionyeshwi kamwe kwa mwalimu.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; no samples had been made yet, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo utengenezaji umesimama; hakuna sampuli zilizokuwa zimetengenezwa bado, na hakuna kilichoandikwa nusu. Futa vitu ili kupata nafasi, kisha endeleza kazi {job} ili kutengeneza zilizobaki.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} sample it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo utengenezaji umesimama; sampuli {n} iliyotengenezwa hadi sasa ({made}) imehifadhiwa, na hakuna kilichoandikwa nusu. Futa vitu ili kupata nafasi, kisha endeleza kazi {job} ili kutengeneza zilizobaki.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} samples it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo utengenezaji umesimama; sampuli {n} zilizotengenezwa hadi sasa ({made}) zimehifadhiwa, na hakuna kilichoandikwa nusu. Futa vitu ili kupata nafasi, kisha endeleza kazi {job} ili kutengeneza zilizobaki.</translation>
    </message>
    <message>
        <source>The disk is full, so generation could not start; nothing was changed. Free some space, then try again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo utengenezaji haukuweza kuanza; hakuna kilichobadilishwa. Futa vitu ili kupata nafasi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">Inampakia mwalimu</translation>
    </message>
    <message>
        <source>Choose a teacher before generating samples.</source>
        <translation type="unfinished">Chagua mwalimu kabla ya kutengeneza sampuli.</translation>
    </message>
    <message>
        <source>{done} of {total} samples ({per_label}) · about {seconds:.0f} s left</source>
        <translation type="unfinished">sampuli {done} kati ya {total} ({per_label}) · zimebaki takriban sekunde {seconds:.0f}</translation>
    </message>
    <message>
        <source>0 of {total} samples · waiting for the teacher</source>
        <translation type="unfinished">sampuli 0 kati ya {total} · inamsubiri mwalimu</translation>
    </message>
    <message>
        <source>The teacher failed {n} times in a row, so generation stopped; the samples made so far are kept. Last error: {error}</source>
        <translation type="unfinished">Mwalimu alishindwa mara {n} mfululizo, kwa hiyo utengenezaji umesimama; sampuli zilizotengenezwa hadi sasa zimehifadhiwa. Hitilafu ya mwisho: {error}</translation>
    </message>
    <message>
        <source>A gold sample needs a text: type the text the student should label.</source>
        <translation type="unfinished">Sampuli ya dhahabu inahitaji maandishi: andika maandishi ambayo mwanafunzi anapaswa kuyawekea lebo.</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels: choose one of {labels}.</source>
        <translation type="unfinished">“{label}” si mojawapo ya lebo za mradi huu: chagua mojawapo ya {labels}.</translation>
    </message>
    <message>
        <source>{size:,.0f} GB</source>
        <translation type="unfinished">{size:,.0f} GB</translation>
    </message>
    <message>
        <source>CPU: {cores}, without AVX2 (models run more slowly)</source>
        <translation type="unfinished">CPU: {cores}, bila AVX2 (modeli hufanya kazi polepole zaidi)</translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <translation type="unfinished">{size:.1f} GB</translation>
    </message>
    <message>
        <source>{n} core</source>
        <translation type="unfinished">kiini {n}</translation>
    </message>
    <message>
        <source>{n} cores</source>
        <translation type="unfinished">viini {n}</translation>
    </message>
    <message>
        <source>CPU: {cores}</source>
        <translation type="unfinished">CPU: {cores}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX-512</source>
        <translation type="unfinished">CPU: {cores}, yenye AVX-512</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 (no AVX-512)</source>
        <translation type="unfinished">CPU: {cores}, yenye AVX2 (bila AVX-512)</translation>
    </message>
    <message>
        <source>CPU: {cores}, ARM with NEON</source>
        <translation type="unfinished">CPU: {cores}, ARM yenye NEON</translation>
    </message>
    <message>
        <source>GPU: {name}, {memory}</source>
        <translation type="unfinished">GPU: {name}, {memory}</translation>
    </message>
    <message>
        <source>Memory: {size}</source>
        <translation type="unfinished">Kumbukumbu: {size}</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation type="unfinished">Kumbukumbu: haijulikani</translation>
    </message>
    <message>
        <source>Free disk: {size} in {path}</source>
        <translation type="unfinished">Nafasi wazi ya diski: {size} kwenye {path}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 and AVX-512</source>
        <translation type="unfinished">CPU: {cores}, yenye AVX2 na AVX-512</translation>
    </message>
    <message>
        <source>GPU: none found (NVIDIA GPUs are detected with nvidia-smi)</source>
        <translation type="unfinished">GPU: hakuna iliyopatikana (GPU za NVIDIA hutambuliwa kwa nvidia-smi)</translation>
    </message>
    <message>
        <source>{done:,.0f} of {total:,.0f} MB</source>
        <translation type="unfinished">{done:,.0f} kati ya {total:,.0f} MB</translation>
    </message>
    <message>
        <source>{done:,.0f} of {total:,.0f} KB</source>
        <translation type="unfinished">{done:,.0f} kati ya {total:,.0f} KB</translation>
    </message>
    <message>
        <source>{done:,.1f} of {total:,.1f} MB</source>
        <translation type="unfinished">{done:,.1f} kati ya {total:,.1f} MB</translation>
    </message>
    <message>
        <source>{amount} · {speed} · {left}</source>
        <translation type="unfinished">{amount} · {speed} · {left}</translation>
    </message>
    <message>
        <source>The model folder {spec} does not exist, and it is not a Hugging Face model id either (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">Folda ya modeli {spec} haipo, na pia si kitambulisho cha modeli ya Hugging Face (kama FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>{model} is already on this computer</source>
        <translation type="unfinished">{model} tayari iko kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Shule cannot download {model} because Hugging Face&apos;s offline mode is on (HF_HUB_OFFLINE), and it is not on this computer yet: turn offline mode off and connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">Shule haiwezi kupakua {model} kwa sababu hali ya nje ya mtandao ya Hugging Face imewashwa (HF_HUB_OFFLINE), na bado haipo kwenye kompyuta hii: zima hali ya nje ya mtandao na uunganishe na intaneti mara moja, au chagua folda ya modeli iliyopakuliwa.</translation>
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
        <translation type="unfinished">imebaki chini ya dakika moja</translation>
    </message>
    <message>
        <source>Looking up {model} on the Hugging Face hub</source>
        <translation type="unfinished">Inatafuta {model} kwenye Hugging Face hub</translation>
    </message>
    <message>
        <source>{model} asks you to accept its licence on huggingface.co first: accept it there while signed in, give Shule your access token (HF_TOKEN), then try again, or choose another base.</source>
        <translation type="unfinished">{model} inakutaka ukubali leseni yake kwenye huggingface.co kwanza: ikubali huko ukiwa umeingia, ipe Shule tokeni yako ya ufikiaji (HF_TOKEN), kisha ujaribu tena, au chagua modeli nyingine ya msingi.</translation>
    </message>
    <message>
        <source>{model} has been disabled on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} imezimwa kwenye Hugging Face hub: chagua modeli nyingine ya msingi.</translation>
    </message>
    <message>
        <source>Shule could not reach the Hugging Face hub to download {model}, and it is not on this computer yet: connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">Shule haikuweza kufikia Hugging Face hub ili kupakua {model}, na bado haipo kwenye kompyuta hii: unganisha na intaneti mara moja, au chagua folda ya modeli iliyopakuliwa.</translation>
    </message>
    <message>
        <source>There is no model called {model} on the Hugging Face hub, and no folder of that name on this computer: check the spelling (such as FacebookAI/xlm-roberta-base), or sign in with an access token (HF_TOKEN) if it is private.</source>
        <translation type="unfinished">Hakuna modeli inayoitwa {model} kwenye Hugging Face hub, wala folda ya jina hilo kwenye kompyuta hii: angalia tahajia (kama FacebookAI/xlm-roberta-base), au ingia kwa tokeni ya ufikiaji (HF_TOKEN) kama ni ya faragha.</translation>
    </message>
    <message>
        <source>{model} changed on the Hugging Face hub while Shule was downloading it: try again.</source>
        <translation type="unfinished">{model} ilibadilika kwenye Hugging Face hub wakati Shule ikiipakua: jaribu tena.</translation>
    </message>
    <message>
        <source>Shule may not write to the Hugging Face cache ({folder}) to download {model}: set HF_HOME to a folder you can write to.</source>
        <translation type="unfinished">Shule hairuhusiwi kuandika kwenye hifadhi ya muda ya Hugging Face ({folder}) ili kupakua {model}: weka HF_HOME kwenye folda unayoweza kuandika ndani yake.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {model}: free some space, or set HF_HOME to a larger disk, then try again.</source>
        <translation type="unfinished">Diski ilijaa wakati wa kupakua {model}: futa vitu ili kupata nafasi, au weka HF_HOME kwenye diski kubwa zaidi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The Hugging Face hub did not accept the access token on this computer while fetching {model}: renew it (HF_TOKEN), or choose a downloaded model folder.</source>
        <translation type="unfinished">Hugging Face hub haikukubali tokeni ya ufikiaji iliyo kwenye kompyuta hii wakati wa kuleta {model}: ifanye upya (HF_TOKEN), au chagua folda ya modeli iliyopakuliwa.</translation>
    </message>
    <message>
        <source>The Hugging Face hub refused access to {model}: check that your access token (HF_TOKEN) may read it, or choose another base.</source>
        <translation type="unfinished">Hugging Face hub ilikataa ufikiaji wa {model}: hakikisha tokeni yako ya ufikiaji (HF_TOKEN) inaruhusiwa kuisoma, au chagua modeli nyingine ya msingi.</translation>
    </message>
    <message>
        <source>The Hugging Face hub could not send {model} just now (HTTP {status}): try again later, or choose a downloaded model folder.</source>
        <translation type="unfinished">Hugging Face hub haikuweza kutuma {model} kwa sasa (HTTP {status}): jaribu tena baadaye, au chagua folda ya modeli iliyopakuliwa.</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation type="unfinished">zimebaki takriban dakika {minutes}</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation type="unfinished">zimebaki takriban saa {hours} dakika {minutes}</translation>
    </message>
    <message>
        <source>The download of {model} is incomplete: try again.</source>
        <translation type="unfinished">Upakuaji wa {model} haujakamilika: jaribu tena.</translation>
    </message>
    <message>
        <source>{model} has no config.json, so it is not a model Shule can fine-tune: choose another base.</source>
        <translation type="unfinished">{model} haina config.json, kwa hiyo si modeli ambayo Shule inaweza kuifunza zaidi: chagua modeli nyingine ya msingi.</translation>
    </message>
    <message>
        <source>{model} has no model weights in safetensors format (model.safetensors) on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} haina uzito wa modeli katika muundo wa safetensors (model.safetensors) kwenye Hugging Face hub: chagua modeli nyingine ya msingi.</translation>
    </message>
    <message>
        <source>{model} has no tokenizer files on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} haina faili za tokenizer kwenye Hugging Face hub: chagua modeli nyingine ya msingi.</translation>
    </message>
    <message>
        <source>{model} lacks weight files its index names ({files}): choose another base.</source>
        <translation type="unfinished">{model} inakosa faili za uzito ambazo faharasa yake inazitaja ({files}): chagua modeli nyingine ya msingi.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to download {model} ({needed:,.0f} MB needed, {free:,.0f} MB free in {folder}): free some space, or set HF_HOME to a larger disk.</source>
        <translation type="unfinished">Hakuna nafasi wazi ya kutosha kwenye diski kupakua {model} (zinahitajika {needed:,.0f} MB, {free:,.0f} MB ziko wazi kwenye {folder}): futa vitu ili kupata nafasi, au weka HF_HOME kwenye diski kubwa zaidi.</translation>
    </message>
    <message>
        <source>The connection to the Hugging Face hub broke while downloading {model}: try again when you are online, and the download will continue where it stopped.</source>
        <translation type="unfinished">Muunganisho na Hugging Face hub ulikatika wakati wa kupakua {model}: jaribu tena ukiwa mtandaoni, na upakuaji utaendelea pale ulipoishia.</translation>
    </message>
    <message>
        <source>{model} publishes its weights only in the older pickle format, which Shule does not load for safety: choose another base or convert it to safetensors.</source>
        <translation type="unfinished">{model} huchapisha uzito wake tu katika muundo wa zamani wa pickle, ambao Shule haiupakii kwa sababu za usalama: chagua modeli nyingine ya msingi au uigeuze kuwa safetensors.</translation>
    </message>
    <message>
        <source>The weight index of {model} on the Hugging Face hub is damaged: choose another base.</source>
        <translation type="unfinished">Faharasa ya uzito ya {model} kwenye Hugging Face hub imeharibika: chagua modeli nyingine ya msingi.</translation>
    </message>
    <message>
        <source>The download of {model} arrived damaged twice ({file}): check the connection, then try again.</source>
        <translation type="unfinished">Upakuaji wa {model} ulifika ukiwa umeharibika mara mbili ({file}): angalia muunganisho, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">{file} haina safuwima ya lebo inayoitwa “{column}”; safuwima zake ni: hakuna.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">Safumlalo {row} ya {file} {why}. Hakuna kilichoingizwa: rekebisha faili kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">{file} haina safuwima ya maandishi inayoitwa “{column}”; safuwima zake ni: hakuna.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">{file} haina safuwima ya lebo inayoitwa “{column}”; safuwima zake ni: {columns}.</translation>
    </message>
    <message>
        <source>1 row of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">Safumlalo 1 ya {file} haiwezi kuingizwa: {problems}; hakuna kitakachoingizwa hadi zirekebishwe.</translation>
    </message>
    <message>
        <source>{n} rows of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">Safumlalo {n} za {file} haziwezi kuingizwa: {problems}; hakuna kitakachoingizwa hadi zirekebishwe.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">Hakuna cha kuingiza: {file} haina safumlalo zenye maandishi.</translation>
    </message>
    <message>
        <source>{n} texts will be imported from {file}.</source>
        <translation type="unfinished">Maandishi {n} yataingizwa kutoka {file}.</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Sampuli {n} zitaingizwa kutoka {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file}.</source>
        <translation type="unfinished">Sampuli {n} zitaingizwa kutoka {file}.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. 1 more row cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">Safumlalo {row} ya {file} {why}. Safumlalo 1 zaidi pia haiwezi kuingizwa: {problems}. Hakuna kilichoingizwa: rekebisha faili kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. {more} more rows cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">Safumlalo {row} ya {file} {why}. Safumlalo {more} zaidi pia haziwezi kuingizwa: {problems}. Hakuna kilichoingizwa: rekebisha faili kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>{problems}; and {n} more</source>
        <translation type="unfinished">{problems}; na {n} zaidi</translation>
    </message>
    <message>
        <source>Import as one of: {kinds}.</source>
        <translation type="unfinished">Ingiza kama mojawapo ya: {kinds}.</translation>
    </message>
    <message>
        <source>Imported samples can be accepted or pending, not “{status}”.</source>
        <translation type="unfinished">Sampuli zilizoingizwa zinaweza kuwa zimekubaliwa au zinasubiri, si “{status}”.</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">{file} haina safuwima ya maandishi inayoitwa “{column}”; safuwima zake ni: {columns}.</translation>
    </message>
    <message>
        <source>{n} text will be imported from {file}.</source>
        <translation type="unfinished">Maandishi {n} yataingizwa kutoka {file}.</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Mifano {n} ya dhahabu itaingizwa kutoka {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file}.</source>
        <translation type="unfinished">Mifano {n} ya dhahabu itaingizwa kutoka {file}.</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Sampuli {n} itaingizwa kutoka {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file}.</source>
        <translation type="unfinished">Sampuli {n} itaingizwa kutoka {file}.</translation>
    </message>
    <message>
        <source>{problems}; row {row} {why}</source>
        <translation type="unfinished">{problems}; safumlalo {row} {why}</translation>
    </message>
    <message>
        <source>row {row} {why}</source>
        <translation type="unfinished">safumlalo {row} {why}</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns (is a comma or tab inside a text without quotes?)</source>
        <translation type="unfinished">ina visanduku {cells} lakini kichwa kina safuwima {columns} (je, kuna koma au tab ndani ya maandishi bila alama za nukuu?)</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation type="unfinished">haina maandishi</translation>
    </message>
    <message>
        <source>has a text of {n:,} characters; a text to classify can have at most {most:,}: shorten or split it</source>
        <translation type="unfinished">ina maandishi ya herufi {n:,}; maandishi ya kuainisha yanaweza kuwa na herufi zisizozidi {most:,}: yafupishe au yagawanye</translation>
    </message>
    <message>
        <source>has text that is not valid Unicode</source>
        <translation type="unfinished">ina maandishi ambayo si Unicode sahihi</translation>
    </message>
    <message>
        <source>has no label</source>
        <translation type="unfinished">haina lebo</translation>
    </message>
    <message>
        <source>Could not write to {name} ({error}); nothing was imported.</source>
        <translation type="unfinished">Haikuweza kuandika kwenye {name} ({error}); hakuna kilichoingizwa.</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Mfano {n} wa dhahabu utaingizwa kutoka {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file}.</source>
        <translation type="unfinished">Mfano {n} wa dhahabu utaingizwa kutoka {file}.</translation>
    </message>
    <message>
        <source>has the label “{label}”, which is not one of this project&apos;s labels ({labels})</source>
        <translation type="unfinished">ina lebo “{label}”, ambayo si mojawapo ya lebo za mradi huu ({labels})</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was imported from {file}. Free some space, then import it again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo hakuna kilichoingizwa kutoka {file}. Futa vitu ili kupata nafasi, kisha uiingize tena.</translation>
    </message>
    <message>
        <source>generate</source>
        <translation type="unfinished">kutengeneza</translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished">kufunza</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation type="unfinished">kutathmini</translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">kuhamisha</translation>
    </message>
    <message>
        <source>score_teacher</source>
        <translation type="unfinished">kumpima mwalimu</translation>
    </message>
    <message>
        <source>learning_curve</source>
        <translation type="unfinished">mkunjo wa kujifunza</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished">kupanga kwa shaka</translation>
    </message>
    <message>
        <source>“{code}” is not a known language code.</source>
        <translation type="unfinished">“{code}” si msimbo wa lugha unaojulikana.</translation>
    </message>
    <message>
        <source>Type a language name or code.</source>
        <translation type="unfinished">Andika jina la lugha au msimbo wake.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known.</source>
        <translation type="unfinished">Hakuna lugha inayojulikana kwa jina “{name}”.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known. Did you mean {language}?</source>
        <translation type="unfinished">Hakuna lugha inayojulikana kwa jina “{name}”. Ulimaanisha {language}?</translation>
    </message>
    <message>
        <source>There is nothing to score the curve on: add gold samples, or more accepted samples.</source>
        <translation type="unfinished">Hakuna cha kupimia mkunjo: ongeza sampuli za dhahabu, au sampuli zaidi zilizokubaliwa.</translation>
    </message>
    <message>
        <source>{percent} %: {status}</source>
        <translation type="unfinished">{percent} %: {status}</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels.</source>
        <translation type="unfinished">“{label}” si mojawapo ya lebo za mradi huu.</translation>
    </message>
    <message>
        <source>A sample&apos;s text cannot be empty.</source>
        <translation type="unfinished">Maandishi ya sampuli hayawezi kuwa matupu.</translation>
    </message>
    <message>
        <source>The target must be at least 1 sample per label.</source>
        <translation type="unfinished">Lengo lazima liwe angalau sampuli 1 kwa kila lebo.</translation>
    </message>
    <message>
        <source>This project has no trained model yet: train a student first.</source>
        <translation type="unfinished">Mradi huu bado hauna modeli iliyofunzwa: funza mwanafunzi kwanza.</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}, loss {loss:.3f}</source>
        <translation type="unfinished">epoch {epoch}/{epochs}, hasara {loss:.3f}</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (settings.json is missing).</source>
        <translation type="unfinished">{folder} si kazi ya mafunzo ya Shule (settings.json haipo).</translation>
    </message>
    <message>
        <source>The training job in {folder} has no output/metrics.json: run it again.</source>
        <translation type="unfinished">Kazi ya mafunzo iliyoko {folder} haina output/metrics.json: iendeshe tena.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: the run may not have saved its model.</source>
        <translation type="unfinished">{folder} haina config.json: huenda uendeshaji haukuhifadhi modeli yake.</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder for the training job.</source>
        <translation type="unfinished">{folder} tayari ipo na si tupu: chagua folda mpya kwa kazi ya mafunzo.</translation>
    </message>
    <message>
        <source>The quick student trains in seconds on this computer: export a training job for a pretrained base model instead.</source>
        <translation type="unfinished">Mwanafunzi mwepesi hufunzwa kwa sekunde chache kwenye kompyuta hii: hamisha kazi ya mafunzo kwa modeli ya msingi iliyofunzwa awali badala yake.</translation>
    </message>
    <message>
        <source>Name the base model: a folder or a Hugging Face model id.</source>
        <translation type="unfinished">Taja modeli ya msingi: folda au kitambulisho cha modeli ya Hugging Face.</translation>
    </message>
    <message>
        <source>{base} is neither a model folder on this computer nor a Hugging Face model id.</source>
        <translation type="unfinished">{base} si folda ya modeli kwenye kompyuta hii wala kitambulisho cha modeli ya Hugging Face.</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (its settings.json is not Shule&apos;s).</source>
        <translation type="unfinished">{folder} si kazi ya mafunzo ya Shule (settings.json yake si ya Shule).</translation>
    </message>
    <message>
        <source>The training job in {folder} was written by a newer Shule: update Shule to import it.</source>
        <translation type="unfinished">Kazi ya mafunzo iliyoko {folder} iliandikwa na Shule mpya zaidi: sasisha Shule ili kuiingiza.</translation>
    </message>
    <message>
        <source>The training job in {folder} has not finished (output/DONE is missing): run `accelerate launch train.py` there to the end, then import it again.</source>
        <translation type="unfinished">Kazi ya mafunzo iliyoko {folder} haijakamilika (output/DONE haipo): endesha `accelerate launch train.py` hapo hadi mwisho, kisha uiingize tena.</translation>
    </message>
    <message>
        <source>The data in {folder} was changed after Shule exported it, so Shule cannot tell which samples the model learned from: export a new job.</source>
        <translation type="unfinished">Data iliyoko {folder} ilibadilishwa baada ya Shule kuihamisha, kwa hiyo Shule haiwezi kujua modeli ilijifunza kutoka sampuli zipi: hamisha kazi mpya.</translation>
    </message>
    <message>
        <source>The training job has no model folder ({folder}): run it again.</source>
        <translation type="unfinished">Kazi ya mafunzo haina folda ya modeli ({folder}): iendeshe tena.</translation>
    </message>
    <message>
        <source>{folder} holds pickled weights ({files}), which can run code when loaded: Shule imports safetensors weights only (save_pretrained(safe_serialization=True)).</source>
        <translation type="unfinished">{folder} ina uzito wa pickle ({files}), ambao unaweza kuendesha msimbo unapopakiwa: Shule huingiza uzito wa safetensors tu (save_pretrained(safe_serialization=True)).</translation>
    </message>
    <message>
        <source>{folder} has no model.safetensors: the run may not have saved its model.</source>
        <translation type="unfinished">{folder} haina model.safetensors: huenda uendeshaji haukuhifadhi modeli yake.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts {predicted}, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">Modeli iliyoko {folder} inatabiri {predicted}, si lebo za kazi {labels}: iendeshe kazi tena.</translation>
    </message>
    <message>
        <source>copying the base model</source>
        <translation type="unfinished">inanakili modeli ya msingi</translation>
    </message>
    <message>
        <source>The job was trained for the labels {labels}, but this project has {project_labels}: import it into the project it was exported from.</source>
        <translation type="unfinished">Kazi ilifunzwa kwa lebo {labels}, lakini mradi huu una {project_labels}: iingize kwenye mradi ambao ilihamishwa kutoka kwake.</translation>
    </message>
    <message>
        <source>The job was exported from another project ({name}): import it into that project.</source>
        <translation type="unfinished">Kazi ilihamishwa kutoka mradi mwingine ({name}): iingize kwenye mradi huo.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts no labels, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">Modeli iliyoko {folder} haitabiri lebo yoyote, si lebo za kazi {labels}: iendeshe kazi tena.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}): the job folder may be damaged.</source>
        <translation type="unfinished">{path} haiwezi kusomwa ({detail}): huenda folda ya kazi imeharibika.</translation>
    </message>
    <message>
        <source>{path} is missing: copy the whole job folder back, data/ included.</source>
        <translation type="unfinished">{path} haipo: nakili tena folda nzima ya kazi, pamoja na data/.</translation>
    </message>
    <message>
        <source>This run of the training job is already in the project as model {model_id}.</source>
        <translation type="unfinished">Uendeshaji huu wa kazi ya mafunzo tayari upo kwenye mradi kama modeli {model_id}.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">Mwalimu</translation>
    </message>
    <message>
        <source>No system keyring is available, so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">Hakuna hifadhi ya funguo ya mfumo inayopatikana, kwa hiyo ufunguo wa API umehifadhiwa kwenye {path}, faili ambalo akaunti yako tu ya mtumiaji inaweza kusoma. Yeyote anayeweza kuingia kama wewe, au kusoma nakala zako za akiba, anaweza kuusoma pia.</translation>
    </message>
    <message>
        <source>No system keyring is available: API keys are kept in {path}, a file only your user account can read.</source>
        <translation type="unfinished">Hakuna hifadhi ya funguo ya mfumo inayopatikana: funguo za API huhifadhiwa kwenye {path}, faili ambalo akaunti yako tu ya mtumiaji inaweza kusoma.</translation>
    </message>
    <message>
        <source>The system keyring refused the key ({kind}), so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">Hifadhi ya funguo ya mfumo ilikataa ufunguo ({kind}), kwa hiyo ufunguo wa API umehifadhiwa kwenye {path}, faili ambalo akaunti yako tu ya mtumiaji inaweza kusoma. Yeyote anayeweza kuingia kama wewe, au kusoma nakala zako za akiba, anaweza kuusoma pia.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring ({keyring}).</source>
        <translation type="unfinished">Funguo za API huhifadhiwa kwenye hifadhi ya funguo ya mfumo ({keyring}).</translation>
    </message>
    <message>
        <source>Other users on this computer can read {path}, so Shule will not use the API keys in it. Make it private (chmod 600 {path}) or delete it and enter the keys again.</source>
        <translation type="unfinished">Watumiaji wengine wa kompyuta hii wanaweza kusoma {path}, kwa hiyo Shule haitatumia funguo za API zilizomo. Ifanye iwe ya faragha (chmod 600 {path}) au ifute na uweke funguo tena.</translation>
    </message>
    <message>
        <source>The API key file {path} is damaged; delete it and enter the keys again.</source>
        <translation type="unfinished">Faili la funguo za API {path} limeharibika; lifute na uweke funguo tena.</translation>
    </message>
    <message>
        <source>Few-shot generation needs real examples: import or accept some samples first.</source>
        <translation type="unfinished">Utengenezaji kwa mifano michache unahitaji mifano halisi: ingiza au kubali baadhi ya sampuli kwanza.</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: have the teacher propose them first (shule attributes PROJECT --propose), or add your own.</source>
        <translation type="unfinished">Utengenezaji wa aina mbalimbali unahitaji mada na mitindo: mwache mwalimu aipendekeze kwanza (shule attributes PROJECT --propose), au ongeza yako mwenyewe.</translation>
    </message>
    <message>
        <source>The teacher&apos;s list of topics and styles could not be read; try again or type your own.</source>
        <translation type="unfinished">Orodha ya mwalimu ya mada na mitindo haikuweza kusomwa; jaribu tena au andika yako mwenyewe.</translation>
    </message>
    <message>
        <source>loading the base model</source>
        <translation type="unfinished">inapakia modeli ya msingi</translation>
    </message>
    <message>
        <source>The weights in {folder} do not match its config.json: the download may be mixed up.</source>
        <translation type="unfinished">Uzito ulioko {folder} haulingani na config.json yake: huenda upakuaji umechanganyika.</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} cannot be converted to a fast tokenizer.</source>
        <translation type="unfinished">Tokenizer iliyoko {folder} haiwezi kugeuzwa kuwa tokenizer ya haraka (fast).</translation>
    </message>
    <message>
        <source>The model folder {folder} is missing: train the student again.</source>
        <translation type="unfinished">Folda ya modeli {folder} haipo: mfunze mwanafunzi tena.</translation>
    </message>
    <message>
        <source>Shule cannot load the model in {folder}: {detail}</source>
        <translation type="unfinished">Shule haiwezi kupakia modeli iliyoko {folder}: {detail}</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} has no padding token.</source>
        <translation type="unfinished">Tokenizer iliyoko {folder} haina tokeni ya kujaza (padding).</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}/{total} · loss {loss:.2f} · about {time} left</source>
        <translation type="unfinished">epoch {epoch} · hatua {step}/{total} · hasara {loss:.2f} · imebaki takriban {time}</translation>
    </message>
    <message>
        <source>epoch {epoch}: dev macro-F1 {f1:.2f}</source>
        <translation type="unfinished">epoch {epoch}: macro-F1 ya uthibitisho {f1:.2f}</translation>
    </message>
    <message>
        <source>memory is short: each batch now runs in {parts} parts</source>
        <translation type="unfinished">kumbukumbu haitoshi: kila kundi sasa linaendeshwa kwa sehemu {parts}</translation>
    </message>
    <message>
        <source>The model does not fit in memory even one text at a time: choose a smaller base model or a shorter maximum length.</source>
        <translation type="unfinished">Modeli haitoshi kwenye kumbukumbu hata kwa maandishi moja kwa wakati: chagua modeli ndogo zaidi ya msingi au urefu mfupi zaidi wa juu.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} haikuweza kusomwa kama faili la {format}: angalia faili, au lihifadhi kama CSV, TSV, TXT, JSONL, XLSX au Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} haikuweza kusomwa kama kitabu cha kazi cha Excel (.xlsx): angalia faili, au lihifadhi kama CSV, TSV, TXT, JSONL, XLSX au Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} haikuweza kusomwa kama faili la Parquet: angalia faili, au lihifadhi kama CSV, TSV, TXT, JSONL, XLSX au Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} haikuweza kusomwa kama faili la {format} ({error}): angalia faili, au lihifadhi kama CSV, TSV, TXT, JSONL, XLSX au Parquet.</translation>
    </message>
    <message>
        <source>Shule cannot read {suffix} files: save {name} as CSV, TSV, TXT, JSONL, XLSX or Parquet and try again.</source>
        <translation type="unfinished">Shule haiwezi kusoma faili za {suffix}: hifadhi {name} kama CSV, TSV, TXT, JSONL, XLSX au Parquet kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} haikuweza kusomwa kama kitabu cha kazi cha Excel (.xlsx) ({error}): angalia faili, au lihifadhi kama CSV, TSV, TXT, JSONL, XLSX au Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} haikuweza kusomwa kama faili la Parquet ({error}): angalia faili, au lihifadhi kama CSV, TSV, TXT, JSONL, XLSX au Parquet.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} ni tupu.</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: put the column names in row 1.</source>
        <translation type="unfinished">Laha ya kwanza ya {name} ni tupu: weka majina ya safuwima katika safumlalo ya 1.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished">Hakuna faili kwenye {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: choose a file to import.</source>
        <translation type="unfinished">{path} ni folda, si faili: chagua faili la kuingiza.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <translation type="unfinished">Haikuweza kusoma {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is too big to read into memory: split it into smaller files and import them one by one.</source>
        <translation type="unfinished">{name} ni kubwa mno kusomwa kwenye kumbukumbu: igawanye katika faili ndogo na uziingize moja baada ya nyingine.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 or UTF-16 text (byte {byte} does not fit): save it as UTF-8 and try again.</source>
        <translation type="unfinished">{name} si maandishi ya UTF-8 wala UTF-16 (baiti {byte} hailingani): ihifadhi kama UTF-8 kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>{name} is not valid {format} near row {row} ({error}): check its quotes.</source>
        <translation type="unfinished">{name} si {format} sahihi karibu na safumlalo {row} ({error}): angalia alama zake za nukuu.</translation>
    </message>
    <message>
        <source>{name} has no sheets.</source>
        <translation type="unfinished">{name} haina laha.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation type="unfinished">{name} si JSON sahihi ({error}).</translation>
    </message>
    <message>
        <source>is not a JSON object ({example})</source>
        <translation type="unfinished">si kitu cha JSON ({example})</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation type="unfinished">si JSON sahihi ({error})</translation>
    </message>
    <message>
        <source>There are no gold samples to score the teacher on: add a few gold samples first.</source>
        <translation type="unfinished">Hakuna sampuli za dhahabu za kumpima mwalimu: ongeza sampuli chache za dhahabu kwanza.</translation>
    </message>
    <message>
        <source>This project has no teacher yet: choose one in Teacher settings first.</source>
        <translation type="unfinished">Mradi huu bado hauna mwalimu: chagua mmoja kwenye mipangilio ya Mwalimu kwanza.</translation>
    </message>
    <message>
        <source>{done} of {total} gold texts</source>
        <translation type="unfinished">maandishi {done} kati ya {total} ya dhahabu</translation>
    </message>
    <message>
        <source>loading the teacher</source>
        <translation type="unfinished">inampakia mwalimu</translation>
    </message>
    <message>
        <source>Unknown teacher kind “{kind}”.</source>
        <translation type="unfinished">Aina ya mwalimu isiyojulikana “{kind}”.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher settings hold an API key, which project files must not: enter the key again in Teacher settings.</source>
        <translation type="unfinished">Mipangilio ya mwalimu ya mradi huu ina ufunguo wa API, jambo ambalo faili za mradi hazipaswi kuwa nalo: weka ufunguo tena kwenye mipangilio ya Mwalimu.</translation>
    </message>
    <message>
        <source>The teacher has no server address: set it in Teacher settings.</source>
        <translation type="unfinished">Mwalimu hana anwani ya seva: iweke kwenye mipangilio ya Mwalimu.</translation>
    </message>
    <message>
        <source>No API key called “{name}” is stored on this computer: enter it in Teacher settings.</source>
        <translation type="unfinished">Hakuna ufunguo wa API unaoitwa “{name}” uliohifadhiwa kwenye kompyuta hii: uweke kwenye mipangilio ya Mwalimu.</translation>
    </message>
    <message>
        <source>The server at {url} answers.</source>
        <translation type="unfinished">Seva iliyoko {url} inajibu.</translation>
    </message>
    <message>
        <source>It accepted the API key.</source>
        <translation type="unfinished">Imekubali ufunguo wa API.</translation>
    </message>
    <message>
        <source>It did not ask for an API key.</source>
        <translation type="unfinished">Haikuomba ufunguo wa API.</translation>
    </message>
    <message>
        <source>It does not list its models, so the model name could not be checked.</source>
        <translation type="unfinished">Haiorodheshi modeli zake, kwa hiyo jina la modeli halikuweza kuangaliwa.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished">Imesimamishwa.</translation>
    </message>
    <message>
        <source>It has no models: load or download one there first.</source>
        <translation type="unfinished">Haina modeli: pakia au pakua moja huko kwanza.</translation>
    </message>
    <message>
        <source>The model {model} is there.</source>
        <translation type="unfinished">Modeli {model} ipo.</translation>
    </message>
    <message>
        <source>Asking the model for a test reply failed: {error}</source>
        <translation type="unfinished">Kuomba jibu la majaribio kutoka kwa modeli kumeshindwa: {error}</translation>
    </message>
    <message>
        <source>It has {n} model: {models}.</source>
        <translation type="unfinished">Ina modeli {n}: {models}.</translation>
    </message>
    <message>
        <source>It has {n} models: {models}.</source>
        <translation type="unfinished">Ina modeli {n}: {models}.</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished">Seva ya llama.cpp</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished">Seva inayooana na OpenAI</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation type="unfinished">Hakuna faili la modeli kwenye {path}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation type="unfinished">{name} si faili la modeli la GGUF.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as a model: {error}</source>
        <translation type="unfinished">{name} haikuweza kupakiwa kama modeli: {error}</translation>
    </message>
    <message>
        <source>The teacher could not answer: {error}</source>
        <translation type="unfinished">Mwalimu hakuweza kujibu: {error}</translation>
    </message>
    <message>
        <source>{first} · {then}</source>
        <translation type="unfinished">{first} · {then}</translation>
    </message>
    <message>
        <source>unknown quantization</source>
        <translation type="unfinished">ukandamizaji (quantization) usiojulikana</translation>
    </message>
    <message>
        <source>context {n:,} tokens</source>
        <translation type="unfinished">muktadha wa tokeni {n:,}</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation type="unfinished">{size:.1f} MB</translation>
    </message>
    <message>
        <source>no chat template (ChatML is used)</source>
        <translation type="unfinished">hakuna kiolezo cha mazungumzo (ChatML inatumika)</translation>
    </message>
    <message>
        <source>{name} is not a readable GGUF model file: {error}.</source>
        <translation type="unfinished">{name} si faili la modeli la GGUF linalosomeka: {error}.</translation>
    </message>
    <message>
        <source>{n:.1f} B parameters</source>
        <translation type="unfinished">vigezo bilioni {n:.1f}</translation>
    </message>
    <message>
        <source>{n:.1f} M parameters</source>
        <translation type="unfinished">vigezo milioni {n:.1f}</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (OpenAI json_schema).</source>
        <translation type="unfinished">Muundo (schema) wa JSON unalazimishwa na seva (OpenAI json_schema).</translation>
    </message>
    <message>
        <source>JSON schema enforced by a llama.cpp grammar.</source>
        <translation type="unfinished">Muundo (schema) wa JSON unalazimishwa na sarufi ya llama.cpp.</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (json_object with a schema).</source>
        <translation type="unfinished">Muundo (schema) wa JSON unalazimishwa na seva (json_object yenye schema).</translation>
    </message>
    <message>
        <source>JSON schema enforced by Ollama (its own chat API).</source>
        <translation type="unfinished">Muundo (schema) wa JSON unalazimishwa na Ollama (API yake yenyewe ya mazungumzo).</translation>
    </message>
    <message>
        <source>JSON schema enforced by vLLM guided decoding.</source>
        <translation type="unfinished">Muundo (schema) wa JSON unalazimishwa na uongozaji wa vLLM (guided decoding).</translation>
    </message>
    <message>
        <source>JSON only, schema not enforced: replies will be checked and some discarded.</source>
        <translation type="unfinished">JSON tu, muundo haulazimishwi: majibu yataangaliwa na baadhi kutupwa.</translation>
    </message>
    <message>
        <source>No structured output support: replies will be checked but many may be discarded.</source>
        <translation type="unfinished">Hakuna uwezo wa majibu yenye muundo: majibu yataangaliwa lakini mengi yanaweza kutupwa.</translation>
    </message>
    <message>
        <source>The server at {url} failed (HTTP {status}): {detail}</source>
        <translation type="unfinished">Seva iliyoko {url} imeshindwa (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {url} is limiting requests (429).</source>
        <translation type="unfinished">Seva iliyoko {url} inapunguza maombi (429).</translation>
    </message>
    <message>
        <source>The server at {url} is busy or still loading (503).</source>
        <translation type="unfinished">Seva iliyoko {url} ina shughuli nyingi au bado inapakia (503).</translation>
    </message>
    <message>
        <source>The server at {url} refused the request (HTTP {status}): {detail}</source>
        <translation type="unfinished">Seva iliyoko {url} imekataa ombi (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}; it has: {models}.</source>
        <translation type="unfinished">Seva iliyoko {url} haina modeli inayoitwa {model}; ina: {models}.</translation>
    </message>
    <message>
        <source>The server at {url} refused the request.</source>
        <translation type="unfinished">Seva iliyoko {url} imekataa ombi.</translation>
    </message>
    <message>
        <source>Unknown structured output mode “{mode}”; use one of: {modes}.</source>
        <translation type="unfinished">Hali ya majibu yenye muundo isiyojulikana “{mode}”; tumia mojawapo ya: {modes}.</translation>
    </message>
    <message>
        <source>Gave up after {n} retries.</source>
        <translation type="unfinished">Imekata tamaa baada ya majaribio {n} ya kurudia.</translation>
    </message>
    <message>
        <source>The server at {url} needs an API key (401): add one in Teacher settings.</source>
        <translation type="unfinished">Seva iliyoko {url} inahitaji ufunguo wa API (401): ongeza mmoja kwenye mipangilio ya Mwalimu.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use this model. {detail}</source>
        <translation type="unfinished">Seva iliyoko {url} imekataa ufikiaji (403): huenda ufunguo wa API hauruhusiwi kutumia modeli hii. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no OpenAI-compatible API there (404): check the address; it usually ends in /v1.</source>
        <translation type="unfinished">Seva iliyoko {url} haina API inayooana na OpenAI hapo (404): angalia anwani; kwa kawaida huishia na /v1.</translation>
    </message>
    <message>
        <source>The server at {url} has no models: load or download one there first.</source>
        <translation type="unfinished">Seva iliyoko {url} haina modeli: pakia au pakua moja huko kwanza.</translation>
    </message>
    <message>
        <source>Choose a model: the server at {url} has: {models}.</source>
        <translation type="unfinished">Chagua modeli: seva iliyoko {url} ina: {models}.</translation>
    </message>
    <message>
        <source>The server at {url} did not answer within {seconds:.0f} s.</source>
        <translation type="unfinished">Seva iliyoko {url} haikujibu ndani ya sekunde {seconds:.0f}.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply larger than {mb} MB; it was not read.</source>
        <translation type="unfinished">Seva iliyoko {url} ilituma jibu kubwa kuliko {mb} MB; halikusomwa.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url}: is it running, and is the address right?</source>
        <translation type="unfinished">Haiwezi kufikia seva iliyoko {url}: je, inafanya kazi, na anwani ni sahihi?</translation>
    </message>
    <message>
        <source>The connection to {url} broke ({kind}) before the reply was complete.</source>
        <translation type="unfinished">Muunganisho na {url} ulikatika ({kind}) kabla jibu halijakamilika.</translation>
    </message>
    <message>
        <source>The server refused the API key (401): check the key in Teacher settings.</source>
        <translation type="unfinished">Seva imekataa ufunguo wa API (401): angalia ufunguo kwenye mipangilio ya Mwalimu.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use {model}. {detail}</source>
        <translation type="unfinished">Seva iliyoko {url} imekataa ufikiaji (403): huenda ufunguo wa API hauruhusiwi kutumia {model}. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}: {detail}</source>
        <translation type="unfinished">Seva iliyoko {url} haina modeli inayoitwa {model}: {detail}</translation>
    </message>
    <message>
        <source>The server at {url} does not list its models: type the model&apos;s name in Teacher settings.</source>
        <translation type="unfinished">Seva iliyoko {url} haiorodheshi modeli zake: andika jina la modeli kwenye mipangilio ya Mwalimu.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not a chat completion.</source>
        <translation type="unfinished">Seva iliyoko {url} ilituma jibu ambalo si jibu la mazungumzo (chat completion).</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not valid JSON.</source>
        <translation type="unfinished">Seva iliyoko {url} ilituma jibu ambalo si JSON sahihi.</translation>
    </message>
    <message>
        <source>It asks to wait {seconds:.0f} s; try again later.</source>
        <translation type="unfinished">Inaomba kusubiri sekunde {seconds:.0f}; jaribu tena baadaye.</translation>
    </message>
    <message>
        <source>training the quick student</source>
        <translation type="unfinished">inamfunza mwanafunzi mwepesi</translation>
    </message>
    <message>
        <source>saving the model</source>
        <translation type="unfinished">inahifadhi modeli</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} labels ready now.</source>
        <translation type="unfinished">Funza baada ya angalau lebo {min_labels} kuwa na sampuli zilizokubaliwa (angalau {min_per_label} kila moja; sampuli za dhahabu hazihesabiwi): lebo {n} ziko tayari sasa.</translation>
    </message>
    <message>
        <source>{folder} has no model weights (model.safetensors): the download may be incomplete.</source>
        <translation type="unfinished">{folder} haina uzito wa modeli (model.safetensors): huenda upakuaji haujakamilika.</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} label ready now.</source>
        <translation type="unfinished">Funza baada ya angalau lebo {min_labels} kuwa na sampuli zilizokubaliwa (angalau {min_per_label} kila moja; sampuli za dhahabu hazihesabiwi): lebo {n} iko tayari sasa.</translation>
    </message>
    <message>
        <source>{folder} has its weights only as pytorch_model.bin, a pickle that can run code when loaded: Shule loads model.safetensors only. Use the safetensors version of this model, or convert it.</source>
        <translation type="unfinished">{folder} ina uzito wake tu kama pytorch_model.bin, pickle inayoweza kuendesha msimbo inapopakiwa: Shule hupakia model.safetensors tu. Tumia toleo la safetensors la modeli hii, au uigeuze.</translation>
    </message>
    <message>
        <source>The model folder {folder} does not exist.</source>
        <translation type="unfinished">Folda ya modeli {folder} haipo.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose the folder that holds the model.</source>
        <translation type="unfinished">{folder} ni faili: chagua folda iliyo na modeli.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: choose the folder of a downloaded Hugging Face model.</source>
        <translation type="unfinished">{folder} haina config.json: chagua folda ya modeli ya Hugging Face iliyopakuliwa.</translation>
    </message>
    <message>
        <source>The config.json in {folder} is damaged or does not name a model type.</source>
        <translation type="unfinished">config.json iliyoko {folder} imeharibika au haitaji aina ya modeli.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer (tokenizer.json or vocabulary files): the download may be incomplete.</source>
        <translation type="unfinished">{folder} haina tokenizer (tokenizer.json au faili za msamiati): huenda upakuaji haujakamilika.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished">saa {hours} dakika {minutes}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished">sekunde {seconds}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished">dakika {minutes}</translation>
    </message>
    <message>
        <source>The disk is full, so the trained model could not be saved: no model was added, and the project and its earlier models are as they were. Free some space, then try again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo modeli iliyofunzwa haikuweza kuhifadhiwa: hakuna modeli iliyoongezwa, na mradi pamoja na modeli zake za awali viko kama vilivyokuwa. Futa vitu ili kupata nafasi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack (PyTorch and transformers, about 1 GB; 4 GB with NVIDIA GPU support), which is not installed: install it from the Train page, or with `shule training-pack install`. The quick student needs no pack.</source>
        <translation type="unfinished">Kumfunza zaidi mwanafunzi aliyefunzwa awali kunahitaji kifurushi cha mafunzo cha Shule (PyTorch na transformers, takriban 1 GB; 4 GB na uwezo wa GPU ya NVIDIA), ambacho hakijasakinishwa: kisakinishe kutoka ukurasa wa Funza, au kwa `shule training-pack install`. Mwanafunzi mwepesi hahitaji kifurushi.</translation>
    </message>
    <message>
        <source>Installing the training pack failed. pip said: {said}</source>
        <translation type="unfinished">Kusakinisha kifurushi cha mafunzo kumeshindwa. pip ilisema: {said}</translation>
    </message>
    <message>
        <source>the training pack is installed</source>
        <translation type="unfinished">kifurushi cha mafunzo kimesakinishwa</translation>
    </message>
    <message>
        <source>The disk filled up while installing the training pack: free some space, then try again.</source>
        <translation type="unfinished">Diski ilijaa wakati wa kusakinisha kifurushi cha mafunzo: futa vitu ili kupata nafasi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The folder of wheels lacks some of what the training pack needs: make the offline bundle again with its wheels. pip said: {said}</source>
        <translation type="unfinished">Folda ya wheels inakosa baadhi ya vitu ambavyo kifurushi cha mafunzo kinahitaji: tengeneza tena kifurushi cha nje ya mtandao pamoja na wheels zake. pip ilisema: {said}</translation>
    </message>
    <message>
        <source>The training pack could not be downloaded: check the internet connection (behind a proxy, set HTTPS_PROXY), or install it from an offline bundle. pip said: {said}</source>
        <translation type="unfinished">Kifurushi cha mafunzo hakikuweza kupakuliwa: angalia muunganisho wa intaneti (ukiwa nyuma ya proksi, weka HTTPS_PROXY), au kisakinishe kutoka kifurushi cha nje ya mtandao. pip ilisema: {said}</translation>
    </message>
    <message>
        <source>There is no {variant} training pack: choose cpu or cuda.</source>
        <translation type="unfinished">Hakuna kifurushi cha mafunzo cha {variant}: chagua cpu au cuda.</translation>
    </message>
    <message>
        <source>Installing the training pack needs about {need} of free disk space in {where}; there are {free}. Free some space, then try again.</source>
        <translation type="unfinished">Kusakinisha kifurushi cha mafunzo kunahitaji takriban {need} za nafasi wazi kwenye diski katika {where}; kuna {free}. Futa vitu ili kupata nafasi, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>There is no folder of wheels at {path}.</source>
        <translation type="unfinished">Hakuna folda ya wheels kwenye {path}.</translation>
    </message>
    <message>
        <source>starting pip</source>
        <translation type="unfinished">inaanzisha pip</translation>
    </message>
    <message>
        <source>ranking {n} texts</source>
        <translation type="unfinished">inapanga maandishi {n}</translation>
    </message>
    <message>
        <source>The disk is full, so the {kind} step stopped. Free some space, then try again.</source>
        <translation type="unfinished">Diski imejaa, kwa hiyo hatua ya {kind} imesimama. Futa vitu ili kupata nafasi, kisha ujaribu tena.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Create project</source>
        <translation type="unfinished">Unda mradi</translation>
    </message>
    <message>
        <source>Shule projects (*.shule)</source>
        <translation type="unfinished">Miradi ya Shule (*.shule)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished">Fungua mradi</translation>
    </message>
    <message>
        <source>Shule projects (*.shule);;All files (*)</source>
        <translation type="unfinished">Miradi ya Shule (*.shule);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Choose a teacher model</source>
        <translation type="unfinished">Chagua modeli ya mwalimu</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished">Modeli za GGUF (*.gguf);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Choose your texts</source>
        <translation type="unfinished">Chagua maandishi yako</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished">Maandishi (*.txt *.csv *.tsv);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished">Ingiza data</translation>
    </message>
    <message>
        <source>Tables and texts (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV or TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Text, one per line (*.txt);;All files (*)</source>
        <translation type="unfinished">Majedwali na maandishi (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV au TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Maandishi, moja kwa kila mstari (*.txt);;Faili zote (*)</translation>
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
        <translation type="unfinished">Folda mpya (*)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">Hamisha data</translation>
    </message>
    <message>
        <source>Save the exported model as a zip file</source>
        <translation type="unfinished">Hifadhi modeli iliyohamishwa kama faili la zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Faili za zip (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">Faili zote (*)</translation>
    </message>
</context>
</TS>
