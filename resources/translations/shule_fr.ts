<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished">Sujets</translation>
    </message>
    <message>
        <source>What the texts are about</source>
        <translation type="unfinished">Ce dont parlent les textes</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished">Situations</translation>
    </message>
    <message>
        <source>Who writes, where, to whom</source>
        <translation type="unfinished">Qui écrit, où, à qui</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished">Registres</translation>
    </message>
    <message>
        <source>Formal, casual, slang…</source>
        <translation type="unfinished">Soutenu, familier, argot…</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation type="unfinished">Styles</translation>
    </message>
    <message>
        <source>A text message, a headline…</source>
        <translation type="unfinished">Un SMS, un titre de journal…</translation>
    </message>
    <message>
        <source>Ask the teacher to propose</source>
        <translation type="unfinished">Demander des propositions au professeur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Enregistrer</translation>
    </message>
    <message>
        <source>One entry a line. Every label meets every combination before any repeats.</source>
        <translation type="unfinished">Une entrée par ligne. Chaque étiquette passe par toutes les combinaisons avant qu&apos;une ne se répète.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished">Pas encore enregistré.</translation>
    </message>
    <message>
        <source>None yet: ask the teacher, or type your own.</source>
        <translation type="unfinished">Rien pour l&apos;instant : demandez au professeur, ou saisissez les vôtres.</translation>
    </message>
    <message>
        <source>Saved: {n} combinations.</source>
        <translation type="unfinished">Enregistré : {n} combinaisons.</translation>
    </message>
</context>
<context>
    <name>AutoLearningRate</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished">automatique</translation>
    </message>
</context>
<context>
    <name>BaseChooser</name>
    <message>
        <source>Student</source>
        <translation type="unfinished">Élève</translation>
    </message>
    <message>
        <source>Recommended, not on this computer (type an id below to download one):</source>
        <translation type="unfinished">Recommandés, absents de cet ordinateur (saisissez un identifiant ci-dessous pour en télécharger un) :</translation>
    </message>
    <message>
        <source>Other model folder…</source>
        <translation type="unfinished">Autre dossier de modèle…</translation>
    </message>
    <message>
        <source>or a Hugging Face model id, e.g. FacebookAI/xlm-roberta-base</source>
        <translation type="unfinished">ou un identifiant de modèle Hugging Face, p. ex. FacebookAI/xlm-roberta-base</translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation type="unfinished">Identifiant de modèle Hugging Face</translation>
    </message>
    <message>
        <source>Use this id</source>
        <translation type="unfinished">Utiliser cet identifiant</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished">Recommandation</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">Élève rapide</translation>
    </message>
    <message>
        <source>Quick student — character n-grams, trains in seconds on any computer, works for any script</source>
        <translation type="unfinished">Élève rapide — n-grammes de caractères, s&apos;entraîne en quelques secondes sur n&apos;importe quel ordinateur, fonctionne avec toutes les écritures</translation>
    </message>
    <message>
        <source>Downloaded when training starts (about {mb} MB).</source>
        <translation type="unfinished">Téléchargé au début de l&apos;entraînement (environ {mb} Mo).</translation>
    </message>
    <message>
        <source>Downloaded when training starts.</source>
        <translation type="unfinished">Téléchargé au début de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>{name} ({id}): {params:.0f} M parameters, {mb} MB, licence {licence}. {languages}. {notes}
Not downloaded: type its id to download.</source>
        <translation type="unfinished">{name} ({id}) : {params:.0f} M de paramètres, {mb} Mo, licence {licence}. {languages}. {notes}
Non téléchargé : saisissez son identifiant pour le télécharger.</translation>
    </message>
    <message>
        <source>Choose the folder of a pretrained model</source>
        <translation type="unfinished">Choisir le dossier d&apos;un modèle pré-entraîné</translation>
    </message>
    <message>
        <source>{text} is neither a model folder nor a Hugging Face model id (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">{text} n&apos;est ni un dossier de modèle ni un identifiant de modèle Hugging Face (comme FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished">bon</translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished">utilisable</translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished">faible</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Relecture</translation>
    </message>
    <message>
        <source>Let the teacher&apos;s examples be chosen as usual for {n} samples?</source>
        <translation type="unfinished">Laisser les exemples du professeur être choisis comme d&apos;habitude pour {n} échantillons ?</translation>
    </message>
    <message>
        <source>Accept {n} samples?</source>
        <translation type="unfinished">Accepter {n} échantillons ?</translation>
    </message>
    <message>
        <source>Reject {n} samples as “{reason}”?</source>
        <translation type="unfinished">Rejeter {n} échantillons pour la raison « {reason} » ?</translation>
    </message>
    <message>
        <source>Relabel {n} samples as “{label}”?</source>
        <translation type="unfinished">Changer l&apos;étiquette de {n} échantillons en « {label} » ?</translation>
    </message>
    <message>
        <source>Pin {n} samples as examples for the teacher?</source>
        <translation type="unfinished">Épingler {n} échantillons comme exemples pour le professeur ?</translation>
    </message>
    <message>
        <source>Exclude {n} samples from the teacher&apos;s examples?</source>
        <translation type="unfinished">Exclure {n} échantillons des exemples du professeur ?</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Accepter</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished">Rejeter…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation type="unfinished">Changer l&apos;étiquette…</translation>
    </message>
    <message>
        <source>Teacher examples…</source>
        <translation type="unfinished">Exemples du professeur…</translation>
    </message>
    <message>
        <source>Pin as examples for the teacher</source>
        <translation type="unfinished">Épingler comme exemples pour le professeur</translation>
    </message>
    <message>
        <source>Exclude from the teacher&apos;s examples</source>
        <translation type="unfinished">Exclure des exemples du professeur</translation>
    </message>
    <message>
        <source>Neither: chosen as usual</source>
        <translation type="unfinished">Ni l&apos;un ni l&apos;autre : choisis comme d&apos;habitude</translation>
    </message>
    <message>
        <source>{n} selected:</source>
        <translation type="unfinished">{n} sélectionnés :</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatMap</name>
    <message>
        <source>Confusion matrix: true labels by row, predicted by column</source>
        <translation type="unfinished">Matrice de confusion : vraies étiquettes en lignes, étiquettes prédites en colonnes</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {n} ({p} % of {true})</source>
        <translation type="unfinished">vraie {true}, prédite {predicted} : {n} ({p} % des {true})</translation>
    </message>
    <message>
        <source>The confusion matrix appears here after an evaluation.</source>
        <translation type="unfinished">La matrice de confusion apparaît ici après une évaluation.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished">prédite</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">vraie</translation>
    </message>
</context>
<context>
    <name>CoverageCheck</name>
    <message>
        <source>No pretrained base is on this computer yet: the quick student works for any script. Choose a model folder or type a model id to check how well a base covers {language}.</source>
        <translation type="unfinished">Aucune base pré-entraînée n&apos;est encore sur cet ordinateur : l&apos;élève rapide fonctionne avec toutes les écritures. Choisissez un dossier de modèle ou saisissez un identifiant de modèle pour vérifier si une base couvre bien le {language}.</translation>
    </message>
    <message>
        <source>Checking how well each base covers {language}…</source>
        <translation type="unfinished">Vérification de la couverture du {language} par chaque base…</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: once samples are generated or texts are imported, each base&apos;s coverage of the language is checked here.</source>
        <translation type="unfinished">Il n&apos;y a pas encore de textes en {language} : dès que des échantillons sont générés ou des textes importés, la couverture de la langue par chaque base est vérifiée ici.</translation>
    </message>
</context>
<context>
    <name>DemosDialog</name>
    <message>
        <source>your example</source>
        <translation type="unfinished">votre exemple</translation>
    </message>
    <message>
        <source>your text, labelled by the teacher</source>
        <translation type="unfinished">votre texte, étiqueté par le professeur</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">généré</translation>
    </message>
    <message>
        <source>Examples the teacher sees</source>
        <extracomment>A choice was stored: the page&apos;s line should count again.</extracomment>
        <translation type="unfinished">Exemples que voit le professeur</translation>
    </message>
    <message>
        <source>With few-shot generation the teacher sees these accepted samples as examples, {n} per label. Pin a sample to always show it; exclude one to never show it. The rest are picked to differ from each other, your own texts first.</source>
        <translation type="unfinished">Avec la génération à partir d&apos;exemples, le professeur voit ces échantillons acceptés comme exemples, {n} par étiquette. Épinglez un échantillon pour qu&apos;il soit toujours montré ; excluez-en un pour qu&apos;il ne le soit jamais. Les autres sont choisis pour être différents les uns des autres, vos propres textes d&apos;abord.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished">Épingler</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished">Exclure</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Étiquette</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Origine</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texte</translation>
    </message>
</context>
<context>
    <name>DemosLine</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Choisir…</translation>
    </message>
    <message>
        <source>Examples the teacher sees: {n} per label</source>
        <translation type="unfinished">Exemples que voit le professeur : {n} par étiquette</translation>
    </message>
    <message>
        <source>({n} pinned)</source>
        <translation type="unfinished">({n} épinglés)</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <source>unusable characters</source>
        <extracomment>Every reason core records (core.filters, core.generation, core.annotation), in words.</extracomment>
        <translation type="unfinished">caractères inutilisables</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation type="unfinished">texte vide</translation>
    </message>
    <message>
        <source>text too short</source>
        <translation type="unfinished">texte trop court</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation type="unfinished">texte trop long</translation>
    </message>
    <message>
        <source>same as an earlier text</source>
        <translation type="unfinished">identique à un texte précédent</translation>
    </message>
    <message>
        <source>almost the same as an earlier text</source>
        <translation type="unfinished">presque identique à un texte précédent</translation>
    </message>
    <message>
        <source>copies one of your examples</source>
        <translation type="unfinished">copie l&apos;un de vos exemples</translation>
    </message>
    <message>
        <source>written in the wrong script</source>
        <translation type="unfinished">écrit dans la mauvaise écriture</translation>
    </message>
    <message>
        <source>not in the project&apos;s language</source>
        <translation type="unfinished">pas dans la langue du projet</translation>
    </message>
    <message>
        <source>cut off (too long)</source>
        <translation type="unfinished">coupé (trop long)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished">JSON non valide</translation>
    </message>
    <message>
        <source>wrong reply format</source>
        <translation type="unfinished">mauvais format de réponse</translation>
    </message>
    <message>
        <source>unknown label</source>
        <translation type="unfinished">étiquette inconnue</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">mauvaise étiquette</translation>
    </message>
    <message>
        <source>not needed: the label already had enough</source>
        <translation type="unfinished">inutile : l&apos;étiquette en avait déjà assez</translation>
    </message>
    <message>
        <source>the teacher did not answer</source>
        <translation type="unfinished">le professeur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: does not fit the label</source>
        <translation type="unfinished">vérification du professeur : ne correspond pas à l&apos;étiquette</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: not in the language</source>
        <translation type="unfinished">vérification du professeur : pas dans la langue</translation>
    </message>
    <message>
        <source>the teacher&apos;s check could not be read</source>
        <translation type="unfinished">la vérification du professeur n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>the teacher&apos;s label could not be read</source>
        <translation type="unfinished">l&apos;étiquette du professeur n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>DiscardsDialog</name>
    <message>
        <source>Discarded replies</source>
        <translation type="unfinished">Réponses écartées</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Pourquoi</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Étiquette</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Détail</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished">Réponse</translation>
    </message>
    <message>
        <source>Choose a row to see the whole reply.</source>
        <translation type="unfinished">Choisissez une ligne pour voir toute la réponse.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Afficher</translation>
    </message>
    <message>
        <source>Every reason ({n})</source>
        <translation type="unfinished">Toutes les raisons ({n})</translation>
    </message>
    <message>
        <source>the newest {n}</source>
        <translation type="unfinished">les {n} plus récentes</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation type="unfinished">{n} affichées</translation>
    </message>
    <message>
        <source>(no reply: {detail})</source>
        <translation type="unfinished">(pas de réponse : {detail})</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Score</source>
        <translation type="unfinished">Évaluer</translation>
    </message>
    <message>
        <source>Compare your students with the teacher on your gold examples — texts you labelled yourself. Score the teacher once, then score each new student; a student that beats the teacher is worth exporting.</source>
        <translation type="unfinished">Comparez vos élèves au professeur sur vos exemples de référence — des textes que vous avez étiquetés vous-même. Notez le professeur une fois, puis notez chaque nouvel élève ; un élève qui bat le professeur mérite d&apos;être exporté.</translation>
    </message>
    <message>
        <source>There are no gold examples yet. On the Review page press “Add a gold example…” for a few texts of each label as your users write them, or import a file of labelled texts as gold examples (File › Import data…, or “shule import PROJECT FILE --as gold”).</source>
        <translation type="unfinished">Il n&apos;y a pas encore d&apos;exemples de référence. Sur la page Relecture, cliquez sur « Ajouter un exemple de référence… » pour quelques textes de chaque étiquette, écrits comme vos utilisateurs les écrivent, ou importez un fichier de textes étiquetés comme exemples de référence (Fichier › Importer des données…, ou « shule import PROJECT FILE --as gold »).</translation>
    </message>
    <message>
        <source>Score the teacher</source>
        <translation type="unfinished">Noter le professeur</translation>
    </message>
    <message>
        <source>Ask the teacher to label every gold text, as if it were the classifier</source>
        <translation type="unfinished">Demander au professeur d&apos;étiqueter chaque texte de référence, comme s&apos;il était le classifieur</translation>
    </message>
    <message>
        <source>Score students</source>
        <translation type="unfinished">Noter les élèves</translation>
    </message>
    <message>
        <source>Score every student that has no score on the current gold set, one after another</source>
        <translation type="unfinished">Noter, l&apos;un après l&apos;autre, chaque élève qui n&apos;a pas de score sur le jeu de référence actuel</translation>
    </message>
    <message>
        <source>Scoring stopped.</source>
        <translation type="unfinished">Notation arrêtée.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished">Verdict</translation>
    </message>
    <message>
        <source>Scores are macro-F1 on your gold examples: the average, over labels, of how well each label is found; 1.0 is perfect. 10 points are 0.10.</source>
        <translation type="unfinished">Les scores sont des macro-F1 sur vos exemples de référence : la moyenne, sur les étiquettes, de la façon dont chaque étiquette est trouvée ; 1,0 est parfait. 10 points valent 0,10.</translation>
    </message>
    <message>
        <source>macro-F1 per model; the dashed line is the teacher&apos;s score</source>
        <translation type="unfinished">macro-F1 par modèle ; la ligne pointillée est le score du professeur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modèle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation type="unfinished">macro-F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished">Exactitude</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation type="unfinished">Échantillons d&apos;entraînement</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">Taille sur le disque</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">Temps par texte</translation>
    </message>
    <message>
        <source>Scored on</source>
        <translation type="unfinished">Noté sur</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished">Tableau des scores</translation>
    </message>
    <message>
        <source>macro-F1: the average, over labels, of how well each label is found: 1.0 is perfect. A rare label counts as much as a common one.</source>
        <translation type="unfinished">macro-F1 : la moyenne, sur les étiquettes, de la façon dont chaque étiquette est trouvée : 1,0 est parfait. Une étiquette rare compte autant qu&apos;une étiquette courante.</translation>
    </message>
    <message>
        <source>Accuracy: the share of gold texts given the right label.</source>
        <translation type="unfinished">Exactitude : la part des textes de référence qui reçoivent la bonne étiquette.</translation>
    </message>
    <message>
        <source>Latency: how long the model takes to label one text on this computer.</source>
        <translation type="unfinished">Latence : le temps que met le modèle pour étiqueter un texte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>What the model takes on disk (the teacher&apos;s file, when it is local).</source>
        <translation type="unfinished">La place qu&apos;occupe le modèle sur le disque (le fichier du professeur, s&apos;il est local).</translation>
    </message>
    <message>
        <source>How many samples the student was trained on, by where they came from.</source>
        <translation type="unfinished">Le nombre d&apos;échantillons sur lesquels l&apos;élève a été entraîné, selon leur origine.</translation>
    </message>
    <message>
        <source>Teacher: </source>
        <translation type="unfinished">Professeur : </translation>
    </message>
    <message>
        <source>Teacher scored.</source>
        <translation type="unfinished">Professeur noté.</translation>
    </message>
    <message>
        <source>student {i} of {n} · </source>
        <translation type="unfinished">élève {i} sur {n} · </translation>
    </message>
    <message>
        <source>1 student scored.</source>
        <translation type="unfinished">1 élève noté.</translation>
    </message>
    <message>
        <source>{n} students scored.</source>
        <translation type="unfinished">{n} élèves notés.</translation>
    </message>
    <message>
        <source>Add gold examples first: there is nothing to score on.</source>
        <translation type="unfinished">Ajoutez d&apos;abord des exemples de référence : il n&apos;y a rien sur quoi noter.</translation>
    </message>
    <message>
        <source>Choose a teacher to score it.</source>
        <translation type="unfinished">Choisissez un professeur pour le noter.</translation>
    </message>
    <message>
        <source>Train a student to score it.</source>
        <translation type="unfinished">Entraînez un élève pour le noter.</translation>
    </message>
    <message>
        <source>Every student is scored on the current gold set.</source>
        <translation type="unfinished">Tous les élèves sont notés sur le jeu de référence actuel.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">pas encore noté</translation>
    </message>
    <message>
        <source>{n} gold texts</source>
        <translation type="unfinished">{n} textes de référence</translation>
    </message>
    <message>
        <source>gold set changed since: score again</source>
        <translation type="unfinished">le jeu de référence a changé depuis : notez à nouveau</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">Élève rapide</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">professeur</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">élève</translation>
    </message>
    <message>
        <source>Rows marked “score again” were scored on an earlier gold set and are left out of this comparison.</source>
        <translation type="unfinished">Les lignes marquées « notez à nouveau » ont été notées sur un ancien jeu de référence et sont exclues de cette comparaison.</translation>
    </message>
    <message>
        <source>{name} (teacher)</source>
        <translation type="unfinished">{name} (professeur)</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s} against the teacher&apos;s {t}</source>
        <translation type="unfinished">Le meilleur élève, {name}, obtient {s} contre {t} pour le professeur</translation>
    </message>
    <message>
        <source>: 1 point better.</source>
        <translation type="unfinished"> : 1 point de mieux.</translation>
    </message>
    <message>
        <source>Nothing is scored on the current gold set yet: score the teacher and your students.</source>
        <translation type="unfinished">Rien n&apos;est encore noté sur le jeu de référence actuel : notez le professeur et vos élèves.</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished">{ms} ms</translation>
    </message>
    <message>
        <source>The teacher scores {t}. Score your students to compare them with it.</source>
        <translation type="unfinished">Le professeur obtient {t}. Notez vos élèves pour les comparer à lui.</translation>
    </message>
    <message>
        <source>: as good, not yet better. Review more samples or train a larger student.</source>
        <translation type="unfinished"> : aussi bien, mais pas encore mieux. Relisez plus d&apos;échantillons ou entraînez un élève plus grand.</translation>
    </message>
    <message>
        <source>: not yet better than the teacher. Review more samples or train a larger student.</source>
        <translation type="unfinished"> : pas encore mieux que le professeur. Relisez plus d&apos;échantillons ou entraînez un élève plus grand.</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s}. Score the teacher to see whether the student beats it.</source>
        <translation type="unfinished">Le meilleur élève, {name}, obtient {s}. Notez le professeur pour voir si l&apos;élève le bat.</translation>
    </message>
    <message>
        <source>: {points} points better.</source>
        <translation type="unfinished"> : {points} points de mieux.</translation>
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
        <translation type="unfinished">Un tableau avec les colonnes text, label, source, id et split ; s&apos;ouvre dans n&apos;importe quel tableur.</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished">JSON Lines</translation>
    </message>
    <message>
        <source>One JSON object per line, with text, label, source, id and split.</source>
        <translation type="unfinished">Un objet JSON par ligne, avec text, label, source, id et split.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">Classeur Excel</translation>
    </message>
    <message>
        <source>One sheet with the columns text, label, source, id and split.</source>
        <translation type="unfinished">Une feuille avec les colonnes text, label, source, id et split.</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation type="unfinished">Parquet</translation>
    </message>
    <message>
        <source>A compact column file for pandas, Polars or Spark.</source>
        <translation type="unfinished">Un fichier compact en colonnes pour pandas, Polars ou Spark.</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation type="unfinished">Dossier de jeu de données Hugging Face</translation>
    </message>
    <message>
        <source>A folder with train, validation and test files and a dataset card (README.md), ready to upload.</source>
        <translation type="unfinished">Un dossier avec les fichiers train, validation et test et une fiche de jeu de données (README.md), prêt à être mis en ligne.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">Exporter les données</translation>
    </message>
    <message>
        <source>1 accepted sample</source>
        <translation type="unfinished">1 échantillon accepté</translation>
    </message>
    <message>
        <source>{n} accepted samples</source>
        <translation type="unfinished">{n} échantillons acceptés</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">1 exemple de référence</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">{n} exemples de référence</translation>
    </message>
    <message>
        <source>Include the gold examples (as the test split)</source>
        <translation type="unfinished">Inclure les exemples de référence (comme partie test)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Exporter</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished">Données</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">Enregistrer dans</translation>
    </message>
    <message>
        <source>Choose where to save the data.</source>
        <translation type="unfinished">Choisissez où enregistrer les données.</translation>
    </message>
    <message>
        <source>Written to the folder {path} (train, validation and test files and README.md).</source>
        <translation type="unfinished">Écrit dans le dossier {path} (fichiers train, validation et test, et README.md).</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished">Écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <extracomment>An export finished: the bundle&apos;s folder. The user asked to try the exported model (the window shows the Try it step).</extracomment>
        <translation type="unfinished">Exporter</translation>
    </message>
    <message>
        <source>Save a trained model as a folder that runs offline on any computer with onnxruntime, and see how fast and how good each version of it is.</source>
        <translation type="unfinished">Enregistrez un modèle entraîné sous forme de dossier qui fonctionne hors ligne sur n&apos;importe quel ordinateur avec onnxruntime, et voyez à quel point chacune de ses versions est rapide et bonne.</translation>
    </message>
    <message>
        <source>Choose where to save the exported model</source>
        <translation type="unfinished">Choisir où enregistrer le modèle exporté</translation>
    </message>
    <message>
        <source>Folder for the exported model</source>
        <translation type="unfinished">Dossier du modèle exporté</translation>
    </message>
    <message>
        <source>Also make a small int8 version (faster on CPUs)</source>
        <translation type="unfinished">Créer aussi une petite version int8 (plus rapide sur CPU)</translation>
    </message>
    <message>
        <source>Largest accuracy loss allowed for int8</source>
        <translation type="unfinished">Perte de précision la plus forte acceptée pour int8</translation>
    </message>
    <message>
        <source> points of macro-F1</source>
        <translation type="unfinished"> points de macro-F1</translation>
    </message>
    <message>
        <source>Macro-F1 says how well a model labels texts: the share it gets right, averaged over the labels so that a rare label counts as much as a common one (100 points is perfect). If the small version scores more points lower than this, Shule recommends the full one.</source>
        <translation type="unfinished">Le macro-F1 indique à quel point un modèle étiquette bien les textes : la part qu&apos;il réussit, moyennée sur les étiquettes pour qu&apos;une étiquette rare compte autant qu&apos;une étiquette courante (100 points, c&apos;est parfait). Si la petite version perd plus de points que cela, Shule recommande la version complète.</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation type="unfinished">Export arrêté.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished">{path} enregistré.</translation>
    </message>
    <message>
        <source>For a field device</source>
        <translation type="unfinished">Pour un appareil sur le terrain</translation>
    </message>
    <message>
        <source>Install once:</source>
        <translation type="unfinished">Installer une fois :</translation>
    </message>
    <message>
        <source>Then run:</source>
        <translation type="unfinished">Puis lancer :</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Save as zip…</source>
        <translation type="unfinished">Enregistrer en zip…</translation>
    </message>
    <message>
        <source>Try it…</source>
        <translation type="unfinished">Essayer…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modèle</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">Enregistrer dans</translation>
    </message>
    <message>
        <source>The small version may lose at most</source>
        <translation type="unfinished">La petite version peut perdre au plus</translation>
    </message>
    <message>
        <source>Choose a folder to save the exported model in.</source>
        <translation type="unfinished">Choisissez un dossier où enregistrer le modèle exporté.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation type="unfinished">Enregistrement de {path}…</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>Checked on {n} gold examples (labelled by you).</source>
        <translation type="unfinished">Vérifié sur {n} exemples de référence (étiquetés par vous).</translation>
    </message>
    <message>
        <source>Checked on {n} held-out samples the model did not learn from.</source>
        <translation type="unfinished">Vérifié sur {n} échantillons mis de côté, dont le modèle n&apos;a pas appris.</translation>
    </message>
    <message>
        <source>Checked on {n} unlabelled texts: they show whether the versions agree, not how good they are (no macro-F1).</source>
        <translation type="unfinished">Vérifié sur {n} textes non étiquetés : ils montrent si les versions sont d&apos;accord, pas si elles sont bonnes (pas de macro-F1).</translation>
    </message>
    <message>
        <source>Warning from the export: {code} ({details}).</source>
        <translation type="unfinished">Avertissement de l&apos;export : {code} ({details}).</translation>
    </message>
    <message>
        <source>Copy these files from {folder} to the device, into one folder: {files}.</source>
        <translation type="unfinished">Copiez ces fichiers de {folder} vers l&apos;appareil, dans un même dossier : {files}.</translation>
    </message>
    <message>
        <source>Size of the model file: what a device must store and load.</source>
        <translation type="unfinished">Taille du fichier du modèle : ce qu&apos;un appareil doit stocker et charger.</translation>
    </message>
    <message>
        <source>Milliseconds to label one text on this computer (one text at a time).</source>
        <translation type="unfinished">Millisecondes pour étiqueter un texte sur cet ordinateur (un texte à la fois).</translation>
    </message>
    <message>
        <source>Texts labelled per second on this computer, 32 at a time.</source>
        <translation type="unfinished">Textes étiquetés par seconde sur cet ordinateur, 32 à la fois.</translation>
    </message>
    <message>
        <source>How often this version gives the same label: the full model against the trained model, the small model against the full model.</source>
        <translation type="unfinished">À quelle fréquence cette version donne la même étiquette : le modèle complet comparé au modèle entraîné, le petit modèle comparé au modèle complet.</translation>
    </message>
    <message>
        <source>How well the version labels the test texts, from 0 to 1, averaged over the labels so that rare labels count as much as common ones. — : the texts had no labels.</source>
        <translation type="unfinished">À quel point la version étiquette bien les textes de test, de 0 à 1, en moyenne sur les étiquettes pour que les étiquettes rares comptent autant que les courantes. — : les textes n&apos;avaient pas d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>The version Shule suggests for devices.</source>
        <translation type="unfinished">La version que Shule conseille pour les appareils.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">Complet (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">Petit (int8)</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation type="unfinished">Exporté dans {folder}.</translation>
    </message>
    <message>
        <source>The small model scores {points:.1f} points lower than the full model (more than the {threshold:.1f} you allow): Shule recommends the full model.</source>
        <translation type="unfinished">Le petit modèle obtient {points:.1f} points de moins que le modèle complet (plus que les {threshold:.1f} que vous acceptez) : Shule recommande le modèle complet.</translation>
    </message>
    <message>
        <source>The small model gives another label than the full model on {share:.0%} of the test texts: Shule recommends the full model.</source>
        <translation type="unfinished">Le petit modèle donne une autre étiquette que le modèle complet sur {share:.0%} des textes de test : Shule recommande le modèle complet.</translation>
    </message>
    <message>
        <source>The exported model&apos;s scores differ from the trained model&apos;s by up to {diff:.2g}: the export may be faulty. Export again; if this stays, please report it.</source>
        <translation type="unfinished">Les scores du modèle exporté diffèrent de ceux du modèle entraîné de jusqu&apos;à {diff:.2g} : l&apos;export est peut-être défectueux. Exportez à nouveau ; si cela persiste, merci de le signaler.</translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished">Taille du fichier</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">Temps par texte</translation>
    </message>
    <message>
        <source>Texts per second</source>
        <translation type="unfinished">Textes par seconde</translation>
    </message>
    <message>
        <source>Same label</source>
        <translation type="unfinished">Même étiquette</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation type="unfinished">Macro-F1</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished">Recommandé</translation>
    </message>
    <message>
        <source>vs the trained model</source>
        <translation type="unfinished">comparé au modèle entraîné</translation>
    </message>
    <message>
        <source>vs the full model</source>
        <translation type="unfinished">comparé au modèle complet</translation>
    </message>
    <message>
        <source>✓ Recommended</source>
        <translation type="unfinished">✓ Recommandé</translation>
    </message>
    <message>
        <source>({delta:+.1f} points)</source>
        <translation type="unfinished">({delta:+.1f} points)</translation>
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
        <translation type="unfinished">Bienvenue dans Shule</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>The default teacher chosen so far (settings &quot;default_teacher&quot;), or None. Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">Passer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Suivant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Plus tard</translation>
    </message>
    <message>
        <source>Choose a teacher later, on a project&apos;s Teacher page.</source>
        <translation type="unfinished">Choisissez un professeur plus tard, sur la page Professeur d&apos;un projet.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminer</translation>
    </message>
    <message>
        <source>Shule makes a text classifier for your language: a teacher model writes example texts, you check them, and Shule trains a small model that runs on any computer.</source>
        <translation type="unfinished">Shule crée un classifieur de textes pour votre langue : un modèle professeur écrit des exemples de textes, vous les vérifiez, et Shule entraîne un petit modèle qui fonctionne sur n&apos;importe quel ordinateur.</translation>
    </message>
    <message>
        <source>Which language should Shule&apos;s windows and buttons use?</source>
        <translation type="unfinished">Dans quelle langue Shule doit-il afficher ses fenêtres et ses boutons ?</translation>
    </message>
    <message>
        <source>A change takes effect the next time Shule starts.</source>
        <translation type="unfinished">Un changement prend effet au prochain démarrage de Shule.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">Chercher à nouveau</translation>
    </message>
    <message>
        <source>A GGUF file already on this computer…</source>
        <translation type="unfinished">Un fichier GGUF déjà sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Download a recommended model…</source>
        <translation type="unfinished">Télécharger un modèle recommandé…</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language; Shule runs it on this computer or talks to a model server. Choose one now, or later on a project&apos;s Teacher page.</source>
        <translation type="unfinished">Le professeur est un grand modèle de langage qui écrit des exemples de textes dans votre langue ; Shule le fait tourner sur cet ordinateur ou dialogue avec un serveur de modèles. Choisissez-en un maintenant, ou plus tard sur la page Professeur d&apos;un projet.</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer (Ollama, LM Studio, a llama.cpp server, vLLM)…</source>
        <translation type="unfinished">Recherche de serveurs de modèles sur cet ordinateur (Ollama, LM Studio, un serveur llama.cpp, vLLM)…</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation type="unfinished">{name} à {url}</translation>
    </message>
    <message>
        <source>needs an API key: set it up on a project&apos;s Teacher page</source>
        <translation type="unfinished">nécessite une clé d&apos;API : configurez-la sur la page Professeur d&apos;un projet</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation type="unfinished">aucun modèle chargé</translation>
    </message>
    <message>
        <source>Model servers on this computer (choose a model):</source>
        <translation type="unfinished">Serveurs de modèles sur cet ordinateur (choisissez un modèle) :</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Use a GGUF model file instead, or download one.</source>
        <translation type="unfinished">Aucun serveur de modèles ne tourne sur cet ordinateur. Utilisez plutôt un fichier de modèle GGUF, ou téléchargez-en un.</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">Aucun professeur choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">Votre professeur : le modèle {model} sur le serveur {url}.</translation>
    </message>
    <message>
        <source>Your teacher: the model file {path}.</source>
        <translation type="unfinished">Votre professeur : le fichier de modèle {path}.</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Parcourir…</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No font on this computer can draw some of these letters ({letters}): install a font for this script.</source>
        <extracomment>Characters a font&apos;s cmap need not hold: variation selectors and the combining grapheme joiner (marks, by category, but drawn by no font). Spaces, controls, ZWJ/ZWNJ, punctuation and symbols are skipped by category.</extracomment>
        <translation type="unfinished">Aucune police de cet ordinateur ne peut afficher certaines de ces lettres ({letters}) : installez une police pour cette écriture.</translation>
    </message>
    <message>
        <source>Your system font cannot draw {scripts} letters: showing them in {fonts}.</source>
        <translation type="unfinished">La police de votre système ne peut pas afficher les lettres {scripts} : elles sont affichées en {fonts}.</translation>
    </message>
    <message>
        <source>Your system font cannot draw some of these letters: showing them in {fonts}.</source>
        <translation type="unfinished">La police de votre système ne peut pas afficher certaines de ces lettres : elles sont affichées en {fonts}.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished">Générer</translation>
    </message>
    <message>
        <source>The teacher writes example texts for each label. Every reply is checked; samples that pass wait for your review.</source>
        <translation type="unfinished">Le professeur écrit des exemples de textes pour chaque étiquette. Chaque réponse est vérifiée ; les échantillons qui passent attendent votre relecture.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished">pas de prix</translation>
    </message>
    <message>
        <source>What the online API charges per million tokens it writes; leave at “no price” for a free or local server.</source>
        <translation type="unfinished">Ce que l&apos;API en ligne facture par million de tokens écrits ; laissez « pas de prix » pour un serveur gratuit ou local.</translation>
    </message>
    <message>
        <source>Price per million tokens</source>
        <translation type="unfinished">Prix par million de tokens</translation>
    </message>
    <message>
        <source>Estimate time</source>
        <translation type="unfinished">Estimer la durée</translation>
    </message>
    <message>
        <source>Label my own texts…</source>
        <translation type="unfinished">Étiqueter mes propres textes…</translation>
    </message>
    <message>
        <source>Show discarded replies</source>
        <translation type="unfinished">Afficher les réponses écartées</translation>
    </message>
    <message>
        <source>Your own texts</source>
        <translation type="unfinished">Vos propres textes</translation>
    </message>
    <message>
        <source>Have the teacher label texts you already have: a TXT file with one text per line, or a CSV file with a text column. They wait for your review like generated samples.</source>
        <translation type="unfinished">Faites étiqueter par le professeur des textes que vous avez déjà : un fichier TXT avec un texte par ligne, ou un fichier CSV avec une colonne de texte. Ils attendent votre relecture comme les échantillons générés.</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation type="unfinished">Nouveaux échantillons</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: ask the teacher to propose them, or type your own.</source>
        <translation type="unfinished">La génération variée a besoin de sujets et de styles : demandez au professeur d&apos;en proposer, ou saisissez les vôtres.</translation>
    </message>
    <message>
        <source>The teacher is writing…</source>
        <translation type="unfinished">Le professeur écrit…</translation>
    </message>
    <message>
        <source>Asking the teacher for a few test replies</source>
        <translation type="unfinished">Demande de quelques réponses d&apos;essai au professeur</translation>
    </message>
    <message>
        <source>Timing a few test requests…</source>
        <translation type="unfinished">Chronométrage de quelques requêtes d&apos;essai…</translation>
    </message>
    <message>
        <source>The teacher is proposing topics and styles</source>
        <translation type="unfinished">Le professeur propose des sujets et des styles</translation>
    </message>
    <message>
        <source>The teacher is thinking…</source>
        <translation type="unfinished">Le professeur réfléchit…</translation>
    </message>
    <message>
        <source>Reading your texts</source>
        <translation type="unfinished">Lecture de vos textes</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">Chargement du professeur</translation>
    </message>
    <message>
        <source>The teacher is labelling your texts…</source>
        <translation type="unfinished">Le professeur étiquette vos textes…</translation>
    </message>
    <message>
        <source>Proposed by the teacher: change what you like, then Save.</source>
        <translation type="unfinished">Proposé par le professeur : modifiez ce que vous voulez, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Stopped. The samples written so far are kept.</source>
        <translation type="unfinished">Arrêté. Les échantillons écrits jusqu&apos;ici sont conservés.</translation>
    </message>
    <message>
        <source>Label the {n} texts still waiting</source>
        <translation type="unfinished">Étiqueter les {n} textes encore en attente</translation>
    </message>
    <message>
        <source>This project has {p} samples waiting for review, {a} accepted and {r} rejected.</source>
        <translation type="unfinished">Ce projet a {p} échantillons en attente de relecture, {a} acceptés et {r} rejetés.</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation type="unfinished">environ 1 minute</translation>
    </message>
    <message>
        <source>no reply was discarded</source>
        <translation type="unfinished">aucune réponse écartée</translation>
    </message>
    <message>
        <source>Review them in the next step.</source>
        <translation type="unfinished">Relisez-les à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>about {h:.1f} hours</source>
        <translation type="unfinished">environ {h:.1f} heures</translation>
    </message>
    <message>
        <source>discarded {n} replies ({reasons})</source>
        <translation type="unfinished">{n} réponses écartées ({reasons})</translation>
    </message>
    <message>
        <source>About {n} requests, {time}.</source>
        <translation type="unfinished">Environ {n} requêtes, {time}.</translation>
    </message>
    <message>
        <source>Labelled {n}</source>
        <translation type="unfinished">{n} étiquetés</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation type="unfinished">environ {n} minutes</translation>
    </message>
    <message>
        <source>Added {n} samples</source>
        <translation type="unfinished">{n} échantillons ajoutés</translation>
    </message>
    <message>
        <source>{s:.0f} s</source>
        <translation type="unfinished">{s:.0f} s</translation>
    </message>
    <message>
        <source>Some labels got fewer samples than asked for, because too many replies failed the checks: {labels}. </source>
        <translation type="unfinished">Certaines étiquettes ont reçu moins d&apos;échantillons que demandé, car trop de réponses n&apos;ont pas passé les vérifications : {labels}. </translation>
    </message>
    <message>
        <source>In the test, {v:.1f} usable texts per request.</source>
        <translation type="unfinished">Lors de l&apos;essai, {v:.1f} textes utilisables par requête.</translation>
    </message>
    <message>
        <source>Read {n} texts. </source>
        <translation type="unfinished">{n} textes lus. </translation>
    </message>
    <message>
        <source>Cost: about {cost:.2f} at your price ({tokens} tokens).</source>
        <translation type="unfinished">Coût : environ {cost:.2f} à votre prix ({tokens} tokens).</translation>
    </message>
</context>
<context>
    <name>GenerationOptions</name>
    <message>
        <source>Zero-shot</source>
        <translation type="unfinished">Sans exemples</translation>
    </message>
    <message>
        <source>The teacher writes from your label descriptions alone. The quickest way to start.</source>
        <translation type="unfinished">Le professeur écrit à partir de vos seules descriptions d&apos;étiquettes. Le moyen le plus rapide de commencer.</translation>
    </message>
    <message>
        <source>Few-shot with your examples</source>
        <translation type="unfinished">Avec vos exemples</translation>
    </message>
    <message>
        <source>The teacher sees a few of your real texts in each request, so it writes more like them. Helps most where the teacher knows the language less well.</source>
        <translation type="unfinished">Le professeur voit quelques-uns de vos vrais textes à chaque requête, et écrit donc davantage comme eux. C&apos;est le plus utile quand le professeur connaît moins bien la langue.</translation>
    </message>
    <message>
        <source>Diverse topics and styles</source>
        <translation type="unfinished">Sujets et styles variés</translation>
    </message>
    <message>
        <source>The teacher varies topic, situation, register and style, several texts per request, so the samples cover more ground.</source>
        <translation type="unfinished">Le professeur varie le sujet, la situation, le registre et le style, plusieurs textes par requête, pour que les échantillons couvrent plus de terrain.</translation>
    </message>
    <message>
        <source>Strict: drop texts much like an earlier one</source>
        <extracomment>(threshold, words): the similarity at or above which a text counts as a near duplicate.</extracomment>
        <translation type="unfinished">Strict : écarter les textes très proches d&apos;un texte précédent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Normal</translation>
    </message>
    <message>
        <source>Lenient: drop only near copies</source>
        <translation type="unfinished">Souple : écarter seulement les quasi-copies</translation>
    </message>
    <message>
        <source>How the teacher writes</source>
        <translation type="unfinished">Comment le professeur écrit</translation>
    </message>
    <message>
        <source>Import examples…</source>
        <translation type="unfinished">Importer des exemples…</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation type="unfinished">Textes par requête</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation type="unfinished">Requêtes simultanées</translation>
    </message>
    <message>
        <source>Ask the teacher to double-check each text</source>
        <translation type="unfinished">Demander au professeur de revérifier chaque texte</translation>
    </message>
    <message>
        <source>One more request per text: slower, but texts that do not fit their label or language are dropped.</source>
        <translation type="unfinished">Une requête de plus par texte : plus lent, mais les textes qui ne correspondent pas à leur étiquette ou à leur langue sont écartés.</translation>
    </message>
    <message>
        <source>Samples per label</source>
        <translation type="unfinished">Échantillons par étiquette</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished">Graine</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished">Vérifications</translation>
    </message>
    <message>
        <source>Drop texts written in another script</source>
        <translation type="unfinished">Écarter les textes écrits dans une autre écriture</translation>
    </message>
    <message>
        <source>Drop texts in another language</source>
        <translation type="unfinished">Écarter les textes dans une autre langue</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation type="unfinished">Quasi-doublons</translation>
    </message>
    <message>
        <source>Longest text (characters)</source>
        <translation type="unfinished">Texte le plus long (caractères)</translation>
    </message>
    <message>
        <source>Shule cannot recognise {language} automatically, so texts in another language are not caught: the teacher&apos;s double-check or your review has to.</source>
        <translation type="unfinished">Shule ne sait pas reconnaître automatiquement le {language}, donc les textes dans une autre langue ne sont pas repérés : la revérification du professeur ou votre relecture doivent s&apos;en charger.</translation>
    </message>
    <message>
        <source>Your real examples: {counts}.</source>
        <translation type="unfinished">Vos vrais exemples : {counts}.</translation>
    </message>
    <message>
        <source>Labels without examples get examples of other labels only: {labels}.</source>
        <translation type="unfinished">Les étiquettes sans exemples ne reçoivent que des exemples d&apos;autres étiquettes : {labels}.</translation>
    </message>
    <message>
        <source>No imported examples yet; accepted samples of earlier rounds serve instead: {counts}.</source>
        <translation type="unfinished">Pas encore d&apos;exemples importés ; les échantillons acceptés lors des tours précédents servent à la place : {counts}.</translation>
    </message>
    <message>
        <source>No examples yet: import a CSV file with a text and a label column, or accept some samples first.</source>
        <translation type="unfinished">Pas encore d&apos;exemples : importez un fichier CSV avec une colonne de texte et une colonne d&apos;étiquette, ou acceptez d&apos;abord quelques échantillons.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>GGUF is the file format of language models that run on your own computer (llama.cpp, LM Studio and Ollama use it too). One file holds the whole model; Shule uses the file where it is.</source>
        <translation type="unfinished">GGUF est le format de fichier des modèles de langue qui tournent sur votre propre ordinateur (llama.cpp, LM Studio et Ollama l&apos;utilisent aussi). Un seul fichier contient tout le modèle ; Shule l&apos;utilise là où il se trouve.</translation>
    </message>
    <message>
        <source>ONNX is an open file format for trained models: the onnxruntime library runs it on any computer or small device, without Python or PyTorch.</source>
        <translation type="unfinished">ONNX est un format de fichier ouvert pour les modèles entraînés : la bibliothèque onnxruntime le fait tourner sur n&apos;importe quel ordinateur ou petit appareil, sans Python ni PyTorch.</translation>
    </message>
    <message>
        <source>int8 (quantization) stores each of the model&apos;s numbers in one byte instead of four: the model becomes about four times smaller and faster on a CPU, and usually loses very little accuracy. Shule measures the loss and tells you.</source>
        <translation type="unfinished">int8 (quantification) range chaque nombre du modèle sur un octet au lieu de quatre : le modèle devient environ quatre fois plus petit et plus rapide sur un CPU, et perd en général très peu de précision. Shule mesure cette perte et vous l&apos;indique.</translation>
    </message>
    <message>
        <source>macro-F1 is the score Shule uses, from 0 to 1: for each label, how well the model finds that label&apos;s texts without false alarms, averaged over the labels so that a rare label counts as much as a common one.</source>
        <translation type="unfinished">Le macro-F1 est le score utilisé par Shule, de 0 à 1 : pour chaque étiquette, à quel point le modèle trouve ses textes sans fausses alertes, puis la moyenne sur les étiquettes, pour qu&apos;une étiquette rare compte autant qu&apos;une étiquette courante.</translation>
    </message>
    <message>
        <source>Gold examples are real texts you labelled yourself and keep apart: they are never used for training, only to check the teacher and the students fairly.</source>
        <translation type="unfinished">Les exemples de référence sont de vrais textes que vous avez étiquetés vous-même et mis de côté : ils ne servent jamais à l&apos;entraînement, seulement à évaluer équitablement le professeur et les élèves.</translation>
    </message>
</context>
<context>
    <name>GoldBar</name>
    <message>
        <source>Add a gold example…</source>
        <translation type="unfinished">Ajouter un exemple de référence…</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training.</source>
        <translation type="unfinished">{n} exemples de référence apparaissent aussi parmi les échantillons d&apos;entraînement : ils sont exclus de l&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>GoldDialog</name>
    <message>
        <source>Add a gold example</source>
        <translation type="unfinished">Ajouter un exemple de référence</translation>
    </message>
    <message>
        <source>A gold example is a text you know the right label for. Gold examples are never trained on: the student is tested on them, so type texts as your users write them.</source>
        <translation type="unfinished">Un exemple de référence est un texte dont vous connaissez la bonne étiquette. Les exemples de référence ne servent jamais à l&apos;entraînement : l&apos;élève est testé dessus, alors saisissez des textes comme vos utilisateurs les écrivent.</translation>
    </message>
    <message>
        <source>The text, as a user would write it</source>
        <translation type="unfinished">Le texte, tel qu&apos;un utilisateur l&apos;écrirait</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished">Ajouter</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Étiquette</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Texts in another language are also dropped more readily.</source>
        <extracomment>What switching a note on also does to the checks (core.feedback.FILTER_CHANGES), in words.</extracomment>
        <translation type="unfinished">Les textes dans une autre langue sont aussi écartés plus facilement.</translation>
    </message>
    <message>
        <source>Texts much like an earlier one are also dropped more readily.</source>
        <translation type="unfinished">Les textes très proches d&apos;un texte précédent sont aussi écartés plus facilement.</translation>
    </message>
    <message>
        <source>What your reviews add to the next round</source>
        <translation type="unfinished">Ce que vos relectures apportent au prochain tour</translation>
    </message>
    <message>
        <source>Notes for the teacher, written from your review. Each one is added to every request; untick one to leave it out.</source>
        <translation type="unfinished">Notes pour le professeur, écrites d&apos;après votre relecture. Chacune est ajoutée à chaque requête ; décochez-en une pour la laisser de côté.</translation>
    </message>
    <message>
        <source>You corrected 1 generated text: the teacher sees before and after</source>
        <translation type="unfinished">Vous avez corrigé 1 texte généré : le professeur voit l&apos;avant et l&apos;après</translation>
    </message>
    <message>
        <source>{n} of {total} rejections: {reason}</source>
        <translation type="unfinished">{n} rejets sur {total} : {reason}</translation>
    </message>
    <message>
        <source>You corrected {n} generated texts: the teacher sees some before and after</source>
        <translation type="unfinished">Vous avez corrigé {n} textes générés : le professeur voit l&apos;avant et l&apos;après de certains</translation>
    </message>
</context>
<context>
    <name>HardwareBox</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished">Cet ordinateur</translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation type="unfinished">Examen de cet ordinateur…</translation>
    </message>
    <message>
        <source>Shule could not look at this computer: {why}</source>
        <translation type="unfinished">Shule n&apos;a pas pu examiner cet ordinateur : {why}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Labelled samples, already checked: they count as accepted</source>
        <extracomment>(kind, status, words): the choices under &quot;Import as&quot;.</extracomment>
        <translation type="unfinished">Échantillons étiquetés, déjà vérifiés : ils comptent comme acceptés</translation>
    </message>
    <message>
        <source>Labelled samples to review: they wait in the Review step</source>
        <translation type="unfinished">Échantillons étiquetés à relire : ils attendent à l&apos;étape Relecture</translation>
    </message>
    <message>
        <source>Gold examples: kept apart, used only to score the student</source>
        <translation type="unfinished">Exemples de référence : mis à part, utilisés seulement pour noter l&apos;élève</translation>
    </message>
    <message>
        <source>Unlabelled texts: the teacher labels them in the Generate step</source>
        <translation type="unfinished">Textes non étiquetés : le professeur les étiquette à l&apos;étape Générer</translation>
    </message>
    <message>
        <source>Import data</source>
        <extracomment>(how many were written, the kind: &quot;samples&quot; | &quot;gold&quot; | &quot;unlabelled&quot;)</extracomment>
        <translation type="unfinished">Importer des données</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished">Aucun fichier choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished">Choisir un fichier…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Importer</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation type="unfinished">Colonne du texte</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation type="unfinished">Colonne de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Importer comme</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished">Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished">Lecture de {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished">Lecture de {file}…</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished">(choisissez une colonne)</translation>
    </message>
    <message>
        <source>Row {row} {why}.</source>
        <translation type="unfinished">La ligne {row} {why}.</translation>
    </message>
    <message>
        <source>… and {n} more rows.</source>
        <translation type="unfinished">… et {n} lignes de plus.</translation>
    </message>
    <message>
        <source>1 row cannot be imported:</source>
        <translation type="unfinished">1 ligne ne peut pas être importée :</translation>
    </message>
    <message>
        <source>{n} rows cannot be imported:</source>
        <translation type="unfinished">{n} lignes ne peuvent pas être importées :</translation>
    </message>
    <message>
        <source>nothing is imported until every row can be. Fix the file, or choose other columns.</source>
        <translation type="unfinished">rien n&apos;est importé tant que toutes les lignes ne peuvent pas l&apos;être. Corrigez le fichier, ou choisissez d&apos;autres colonnes.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">Rien à importer : {file} n&apos;a aucune ligne avec du texte.</translation>
    </message>
    <message>
        <source>Ready: {n} rows of {file} can be imported.</source>
        <translation type="unfinished">Prêt : {n} lignes de {file} peuvent être importées.</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="unfinished">Importer {what}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Stopped reading the file. Choose it again to import it.</source>
        <translation type="unfinished">Lecture du fichier arrêtée. Choisissez-le à nouveau pour l&apos;importer.</translation>
    </message>
    <message>
        <source>1 sample</source>
        <extracomment>kind: (one, many), for &quot;Import 120 samples&quot; and &quot;Imported 120 samples.&quot;</extracomment>
        <translation type="unfinished">1 échantillon</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">{n} échantillons</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">1 exemple de référence</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">{n} exemples de référence</translation>
    </message>
    <message>
        <source>1 text</source>
        <translation type="unfinished">1 texte</translation>
    </message>
    <message>
        <source>{n} texts</source>
        <translation type="unfinished">{n} textes</translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation type="unfinished">Import terminé : {what}.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">Touches de relecture</translation>
    </message>
    <message>
        <source>Click a field and press the new key. The same key may serve one action while deciding and one reason after X.</source>
        <translation type="unfinished">Cliquez sur un champ et appuyez sur la nouvelle touche. Une même touche peut servir à une action pendant la décision et à une raison après X.</translation>
    </message>
    <message>
        <source>{key} already does “{action}”: choose another key, or change that one first.</source>
        <translation type="unfinished">{key} sert déjà à « {action} » : choisissez une autre touche, ou changez d&apos;abord celle-là.</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">Touches de relecture</translation>
    </message>
    <message>
        <source>Change keys…</source>
        <translation type="unfinished">Changer les touches…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished">Fermer (Échap)</translation>
    </message>
    <message>
        <source>Going through the samples</source>
        <translation type="unfinished">Parcourir les échantillons</translation>
    </message>
    <message>
        <source>After X: why it is rejected</source>
        <translation type="unfinished">Après X : pourquoi il est rejeté</translation>
    </message>
    <message>
        <source>While editing a text</source>
        <translation type="unfinished">Pendant la modification d&apos;un texte</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation type="unfinished">Enregistrer le texte</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation type="unfinished">Annuler la modification</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(aucune)</translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished">accepter</translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished">rejeter</translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished">modifier</translation>
    </message>
    <message>
        <source>relabel</source>
        <translation type="unfinished">changer l&apos;étiquette</translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished">passer</translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished">annuler</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation type="unfinished">toutes les touches</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language &amp; task</source>
        <extracomment>A new project file was written; the main window opens it.</extracomment>
        <translation type="unfinished">Langue et tâche</translation>
    </message>
    <message>
        <source>Name the language your texts are written in, say what the classifier is for, and list the labels it should choose from.</source>
        <translation type="unfinished">Indiquez la langue dans laquelle vos textes sont écrits, à quoi sert le classifieur, et la liste des étiquettes parmi lesquelles il doit choisir.</translation>
    </message>
    <message>
        <source>Type a language name or code, e.g. Swahili or sw</source>
        <translation type="unfinished">Saisissez un nom ou un code de langue, p. ex. swahili ou sw</translation>
    </message>
    <message>
        <source>What should the classifier do? e.g. Sort SMS reports from farmers by topic.</source>
        <translation type="unfinished">Que doit faire le classifieur ? P. ex. trier par sujet les signalements envoyés par SMS par des agriculteurs.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Étiquette</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished">Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished">Supprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Create project…</source>
        <translation type="unfinished">Créer le projet…</translation>
    </message>
    <message>
        <source>This is the open project&apos;s language, task and labels. To start another project, use File › New project.</source>
        <translation type="unfinished">Voici la langue, la tâche et les étiquettes du projet ouvert. Pour commencer un autre projet, utilisez Fichier › Nouveau projet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Langue</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished">Tâche</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished">Étiquettes</translation>
    </message>
    <message>
        <source>written right to left</source>
        <translation type="unfinished">écrit de droite à gauche</translation>
    </message>
    <message>
        <source>written left to right</source>
        <translation type="unfinished">écrit de gauche à droite</translation>
    </message>
    <message>
        <source>Script: {script} ({code}) · {direction}</source>
        <translation type="unfinished">Écriture : {script} ({code}) · {direction}</translation>
    </message>
    <message>
        <source>{name} classifier</source>
        <translation type="unfinished">Classifieur {name}</translation>
    </message>
</context>
<context>
    <name>LocalTeacherFiles</name>
    <message>
        <source>Add a GGUF file on disk…</source>
        <translation type="unfinished">Ajouter un fichier GGUF du disque…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished">Retirer de la liste</translation>
    </message>
    <message>
        <source>Shule forgets the file; the file itself is left where it is.</source>
        <translation type="unfinished">Shule oublie le fichier ; le fichier lui-même reste où il est.</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Files you add are used where they are; Shule does not copy them. Downloaded models are kept in {folder}.</source>
        <translation type="unfinished">Les fichiers que vous ajoutez sont utilisés là où ils sont ; Shule ne les copie pas. Les modèles téléchargés sont conservés dans {folder}.</translation>
    </message>
    <message>
        <source>{name} — missing from {folder}</source>
        <translation type="unfinished">{name} — absent de {folder}</translation>
    </message>
    <message>
        <source>{name} — used where it is, in {folder}</source>
        <translation type="unfinished">{name} — utilisé là où il est, dans {folder}</translation>
    </message>
    <message>
        <source>{name} — downloaded</source>
        <translation type="unfinished">{name} — téléchargé</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Training loss curve</source>
        <extracomment>The curve keeps at most this many points however long the run: neighbours are merged into buckets (mean drawn as the line, min–max as a band), so painting stays cheap at 100k steps.</extracomment>
        <translation type="unfinished">Courbe de perte de l&apos;entraînement</translation>
    </message>
    <message>
        <source>The loss curve appears here while the student trains.</source>
        <translation type="unfinished">La courbe de perte apparaît ici pendant l&apos;entraînement de l&apos;élève.</translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished">étape</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished">perte</translation>
    </message>
    <message>
        <source>dev macro-F1</source>
        <translation type="unfinished">macro-F1 (validation)</translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation type="unfinished">étape {step} : perte {loss}</translation>
    </message>
    <message>
        <source>dev macro-F1 {value} at step {step}</source>
        <translation type="unfinished">macro-F1 (validation) {value} à l&apos;étape {step}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished">&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished">&amp;Importer des données…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished">&amp;Exporter des données…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation type="unfinished">&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Paramètres</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation type="unfinished">&amp;Qu&apos;est-ce que c&apos;est ?</translation>
    </message>
    <message>
        <source>New projects start with the teacher {name}.</source>
        <translation type="unfinished">Les nouveaux projets commencent avec le professeur {name}.</translation>
    </message>
    <message>
        <source>{name} was made by an earlier version of Shule, so it has been upgraded. A copy of it as it was is kept at {backup}; the earlier Shule can open that copy.</source>
        <translation type="unfinished">{name} a été créé par une version antérieure de Shule, il a donc été mis à niveau. Une copie de son état d&apos;origine est conservée dans {backup} ; l&apos;ancienne version de Shule peut ouvrir cette copie.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished">Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Shule</source>
        <translation type="unfinished">Shule</translation>
    </message>
    <message>
        <source>Create or open a project first</source>
        <translation type="unfinished">Créez ou ouvrez d&apos;abord un projet</translation>
    </message>
    <message>
        <source>Choose a teacher first</source>
        <translation type="unfinished">Choisissez d&apos;abord un professeur</translation>
    </message>
    <message>
        <source>Generate or import samples first</source>
        <translation type="unfinished">Générez ou importez d&apos;abord des échantillons</translation>
    </message>
    <message>
        <source>Choose a teacher or train a student first</source>
        <translation type="unfinished">Choisissez d&apos;abord un professeur ou entraînez un élève</translation>
    </message>
    <message>
        <source>Train a student first</source>
        <translation type="unfinished">Entraînez d&apos;abord un élève</translation>
    </message>
    <message>
        <source>Shule can change its language once this work has ended: {steps}. Wait for it or stop it, then choose the language again.</source>
        <translation type="unfinished">Shule pourra changer de langue une fois ce travail terminé : {steps}. Attendez qu&apos;il se termine ou arrêtez-le, puis choisissez à nouveau la langue.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Teacher models</source>
        <translation type="unfinished">Modèles professeurs</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language. Download one of the recommended models, or use a GGUF model file you already have. A model that fits in your GPU&apos;s memory runs fast; on the CPU it works, slowly.</source>
        <translation type="unfinished">Le professeur est un grand modèle de langage qui écrit des exemples de textes dans votre langue. Téléchargez l&apos;un des modèles recommandés, ou utilisez un fichier de modèle GGUF que vous avez déjà. Un modèle qui tient dans la mémoire de votre GPU est rapide ; sur le CPU, il fonctionne, mais lentement.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modèle</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished">Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">Taille sur le disque</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation type="unfinished">Mémoire nécessaire</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">Licence</translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished">Télécharger</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Reprendre</translation>
    </message>
    <message>
        <source>Discard partial</source>
        <translation type="unfinished">Supprimer le téléchargement partiel</translation>
    </message>
    <message>
        <source>Open model card</source>
        <translation type="unfinished">Ouvrir la fiche du modèle</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation type="unfinished">Modèles recommandés</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation type="unfinished">Modèles sur cet ordinateur</translation>
    </message>
    <message>
        <source>RAM {ram} GB; GPU {vram} GB</source>
        <translation type="unfinished">RAM {ram} Go ; GPU {vram} Go</translation>
    </message>
    <message>
        <source>{licence} (non-commercial)</source>
        <translation type="unfinished">{licence} (non commerciale)</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation type="unfinished">voir la note</translation>
    </message>
    <message>
        <source>{some}, … ({n} in all)</source>
        <translation type="unfinished">{some}, … ({n} en tout)</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished">Mise en pause…</translation>
    </message>
    <message>
        <source>Downloading… {percent} %</source>
        <translation type="unfinished">Téléchargement… {percent} %</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished">Téléchargé</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished">Non téléchargé</translation>
    </message>
    <message>
        <source>Paused at {percent} %</source>
        <translation type="unfinished">En pause à {percent} %</translation>
    </message>
    <message>
        <source>Paused ({size} downloaded)</source>
        <translation type="unfinished">En pause ({size} téléchargés)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">Vérification…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Démarrage…</translation>
    </message>
    <message>
        <source>Downloaded {name}.</source>
        <translation type="unfinished">{name} téléchargé.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped, now or after Shule is started again.</source>
        <translation type="unfinished">En pause. « Reprendre » continue là où le téléchargement s&apos;est arrêté, maintenant ou après un redémarrage de Shule.</translation>
    </message>
    <message>
        <source>Runs well on your GPU</source>
        <translation type="unfinished">Fonctionne bien sur votre GPU</translation>
    </message>
    <message>
        <source>Runs on the CPU, slowly</source>
        <translation type="unfinished">Fonctionne sur le CPU, lentement</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation type="unfinished">Trop gros pour cet ordinateur</translation>
    </message>
</context>
<context>
    <name>MoreReview</name>
    <message>
        <source>Would more review help?</source>
        <translation type="unfinished">Relire davantage aiderait-il ?</translation>
    </message>
    <message>
        <source>Draw the learning curve</source>
        <translation type="unfinished">Tracer la courbe d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Trains the newest student&apos;s kind again on a quarter, a half and all of your accepted samples and scores each: a curve still rising says more reviewed samples will help.</source>
        <translation type="unfinished">Réentraîne le type du dernier élève sur un quart, la moitié et la totalité de vos échantillons acceptés, et note chacun : une courbe qui monte encore signifie que relire plus d&apos;échantillons aidera.</translation>
    </message>
    <message>
        <source>Review the texts the student is unsure about</source>
        <translation type="unfinished">Relire les textes sur lesquels l&apos;élève hésite</translation>
    </message>
    <message>
        <source>Your imported texts that the newest student finds hardest become samples waiting for review, labelled with its best guess: correcting them teaches the next student most.</source>
        <translation type="unfinished">Ceux de vos textes importés que le dernier élève trouve les plus difficiles deviennent des échantillons en attente de relecture, étiquetés selon sa meilleure supposition : les corriger apprend le plus au prochain élève.</translation>
    </message>
    <message>
        <source>Import some of your own unlabelled texts first (File ▸ Import data…).</source>
        <translation type="unfinished">Importez d&apos;abord quelques-uns de vos propres textes non étiquetés (Fichier ▸ Importer des données…).</translation>
    </message>
    <message>
        <source>{added} texts the student is least sure about wait on the Review page, labelled with its best guess.</source>
        <translation type="unfinished">{added} textes sur lesquels l&apos;élève hésite le plus attendent sur la page Relecture, étiquetés selon sa meilleure supposition.</translation>
    </message>
    <message>
        <source>{share} of the samples ({n}): {f1}</source>
        <translation type="unfinished">{share} des échantillons ({n}) : {f1}</translation>
    </message>
    <message>
        <source>The score still rises with more samples: reviewing more should help.</source>
        <translation type="unfinished">Le score monte encore avec plus d&apos;échantillons : relire davantage devrait aider.</translation>
    </message>
    <message>
        <source>The score has levelled off: more of the same samples may not help much; try new strategies or a larger student.</source>
        <translation type="unfinished">Le score plafonne : davantage d&apos;échantillons du même genre risquent de ne pas beaucoup aider ; essayez de nouvelles stratégies ou un élève plus grand.</translation>
    </message>
    <message>
        <source>macro-F1 on the {on} set — {points}. {advice}</source>
        <translation type="unfinished">macro-F1 sur le jeu {on} — {points}. {advice}</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">de référence</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">mis de côté</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Something went wrong ({kind}: {detail}). Please report this.</source>
        <extracomment>The project changed in a way that may open or close later steps (teacher set, samples…).</extracomment>
        <translation type="unfinished">Un problème est survenu ({kind} : {detail}). Merci de le signaler.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Target per label</source>
        <extracomment>Up to this many samples the numbers are read at once (a few ms); beyond, in a worker thread with its own connection (on 100k samples the grouped queries take a few hundred ms).</extracomment>
        <translation type="unfinished">Objectif par étiquette</translation>
    </message>
    <message>
        <source>{p} pending · {a} accepted · {r} rejected</source>
        <translation type="unfinished">{p} en attente · {a} acceptés · {r} rejetés</translation>
    </message>
    <message>
        <source>Accepted, by strategy: {rates}</source>
        <translation type="unfinished">Acceptés, par stratégie : {rates}</translation>
    </message>
    <message>
        <source>Accepted, by teacher: {rates}</source>
        <translation type="unfinished">Acceptés, par professeur : {rates}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Démarrage…</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation type="unfinished">environ {n} s restantes</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation type="unfinished">environ {n} min restantes</translation>
    </message>
    <message>
        <source>about {hours:.1f} h left</source>
        <translation type="unfinished">environ {hours:.1f} h restantes</translation>
    </message>
</context>
<context>
    <name>ReasonBar</name>
    <message>
        <source>Why reject it?</source>
        <translation type="unfinished">Pourquoi le rejeter ?</translation>
    </message>
    <message>
        <source>Esc keep it</source>
        <translation type="unfinished">Échap : le garder</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished">Ignorer</translation>
    </message>
    <message>
        <source>Forget this run; its samples are kept.</source>
        <translation type="unfinished">Oublier cette génération ; ses échantillons sont conservés.</translation>
    </message>
    <message>
        <source>A generation run stopped before it finished ({n} of {total} samples made). Continue it?</source>
        <translation type="unfinished">Une génération s&apos;est arrêtée avant la fin ({n} échantillons créés sur {total}). La poursuivre ?</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished">Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">Annuler (Échap)</translation>
    </message>
    <message>
        <source>No sample selected.</source>
        <translation type="unfinished">Aucun échantillon sélectionné.</translation>
    </message>
    <message>
        <source>pinned as a teacher example</source>
        <translation type="unfinished">épinglé comme exemple pour le professeur</translation>
    </message>
    <message>
        <source>excluded from the teacher&apos;s examples</source>
        <translation type="unfinished">exclu des exemples du professeur</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished">Rejeté : {reason}</translation>
    </message>
    <message>
        <source>strategy: {s}</source>
        <translation type="unfinished">stratégie : {s}</translation>
    </message>
    <message>
        <source>teacher: {t}</source>
        <translation type="unfinished">professeur : {t}</translation>
    </message>
    <message>
        <source>checked by the teacher</source>
        <translation type="unfinished">vérifié par le professeur</translation>
    </message>
    <message>
        <source>{n} examples shown to the teacher</source>
        <translation type="unfinished">{n} exemples montrés au professeur</translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>Search the texts…</source>
        <translation type="unfinished">Rechercher dans les textes…</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">Rechercher dans les textes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Tous les statuts</translation>
    </message>
    <message>
        <source>Show the samples with status</source>
        <translation type="unfinished">Afficher les échantillons au statut</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished">Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Show the samples with label</source>
        <translation type="unfinished">Afficher les échantillons de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished">Toutes les origines</translation>
    </message>
    <message>
        <source>Show the samples from</source>
        <translation type="unfinished">Afficher les échantillons venant de</translation>
    </message>
    <message>
        <source>Any strategy</source>
        <translation type="unfinished">Toutes les stratégies</translation>
    </message>
    <message>
        <source>Show the samples written with strategy</source>
        <translation type="unfinished">Afficher les échantillons écrits avec la stratégie</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished">Toutes les raisons</translation>
    </message>
    <message>
        <source>Show the samples rejected for reason</source>
        <translation type="unfinished">Afficher les échantillons rejetés pour la raison</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">Tout afficher</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished">Effacer la recherche et tous les filtres</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>Relabel as “{label}”</source>
        <translation type="unfinished">Changer en « {label} »</translation>
    </message>
    <message>
        <source>Relabel as label {n}</source>
        <translation type="unfinished">Changer en étiquette n° {n}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished">Raison : {reason}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Accepter</translation>
    </message>
    <message>
        <source>Reject (then the reason)</source>
        <translation type="unfinished">Rejeter (puis la raison)</translation>
    </message>
    <message>
        <source>Edit the text</source>
        <translation type="unfinished">Modifier le texte</translation>
    </message>
    <message>
        <source>Skip to the next sample</source>
        <translation type="unfinished">Passer à l&apos;échantillon suivant</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Rétablir</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">Rechercher dans les textes</translation>
    </message>
    <message>
        <source>Pin / unpin as a teacher example</source>
        <translation type="unfinished">Épingler / désépingler comme exemple du professeur</translation>
    </message>
    <message>
        <source>Exclude / include as a teacher example</source>
        <translation type="unfinished">Exclure / inclure comme exemple du professeur</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation type="unfinished">Afficher les touches</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>pinned</source>
        <translation type="unfinished">épinglé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Étiquette</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Origine</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished">exclu</translation>
    </message>
    <message>
        <source>wrong language</source>
        <extracomment>Why a sample was rejected: stored code (core&apos;s list) and the words shown (keys 1–6 pick them in this order).</extracomment>
        <translation type="unfinished">mauvaise langue</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">mauvaise étiquette</translation>
    </message>
    <message>
        <source>unnatural or translated-sounding</source>
        <translation type="unfinished">pas naturel ou sent la traduction</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished">doublon</translation>
    </message>
    <message>
        <source>harmful</source>
        <translation type="unfinished">nuisible</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">autre</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">généré</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation type="unfinished">annoté</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">importé</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">référence</translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished">en attente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished">accepté</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished">rejeté</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Relecture</translation>
    </message>
    <message>
        <source>Keep the samples that are right and reject the others: the next one follows at once. Select rows to decide them together; press ? for every key.</source>
        <translation type="unfinished">Gardez les échantillons corrects et rejetez les autres : le suivant arrive aussitôt. Sélectionnez des lignes pour en décider plusieurs à la fois ; appuyez sur ? pour voir toutes les touches.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">Échantillons</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation type="unfinished">Touches…</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">{n} échantillons</translation>
    </message>
    <message>
        <source>{n} samples match</source>
        <translation type="unfinished">{n} échantillons correspondent</translation>
    </message>
</context>
<context>
    <name>RoundStats</name>
    <message>
        <source>zero-shot</source>
        <translation type="unfinished">sans exemples</translation>
    </message>
    <message>
        <source>few-shot</source>
        <translation type="unfinished">avec exemples</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished">varié</translation>
    </message>
    <message>
        <source>Rounds so far</source>
        <translation type="unfinished">Tours précédents</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation type="unfinished">Tours précédents</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation type="unfinished">pas encore relu</translation>
    </message>
    <message>
        <source>{rate:.0%} accepted ({a} of {n} reviewed</source>
        <translation type="unfinished">{rate:.0%} acceptés ({a} sur {n} relus</translation>
    </message>
    <message>
        <source>, {n} to review</source>
        <translation type="unfinished">, {n} à relire</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished">Tour {number}</translation>
    </message>
    <message>
        <source>Rejected: {reasons}.</source>
        <translation type="unfinished">Rejetés : {reasons}.</translation>
    </message>
    <message>
        <source>{n} made</source>
        <translation type="unfinished">{n} créés</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <source>Scores: macro-F1 per model</source>
        <translation type="unfinished">Scores : macro-F1 par modèle</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">professeur</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">élève</translation>
    </message>
    <message>
        <source>{name} ({kind}): not scored yet</source>
        <translation type="unfinished">{name} ({kind}) : pas encore noté</translation>
    </message>
    <message>
        <source>{name} ({kind}): macro-F1 {value}</source>
        <translation type="unfinished">{name} ({kind}) : macro-F1 {value}</translation>
    </message>
    <message>
        <source>{delta} against the teacher</source>
        <translation type="unfinished">{delta} par rapport au professeur</translation>
    </message>
    <message>
        <source>Scores appear here once a model is evaluated.</source>
        <translation type="unfinished">Les scores apparaissent ici une fois un modèle évalué.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">pas encore noté</translation>
    </message>
    <message>
        <source>teacher&apos;s score</source>
        <translation type="unfinished">score du professeur</translation>
    </message>
</context>
<context>
    <name>ScoreDetails</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Étiquette</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished">Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished">Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished">F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished">Effectif</translation>
    </message>
    <message>
        <source>Scores per label</source>
        <translation type="unfinished">Scores par étiquette</translation>
    </message>
    <message>
        <source>Of the texts the model gave this label, the share that really have it.</source>
        <translation type="unfinished">Parmi les textes auxquels le modèle a donné cette étiquette, la part qui l&apos;ont vraiment.</translation>
    </message>
    <message>
        <source>Of the texts that have this label, the share the model found.</source>
        <translation type="unfinished">Parmi les textes qui ont cette étiquette, la part que le modèle a trouvée.</translation>
    </message>
    <message>
        <source>Precision and recall in one figure (their harmonic mean): 1.0 is perfect.</source>
        <translation type="unfinished">Précision et rappel en un seul chiffre (leur moyenne harmonique) : 1,0 est parfait.</translation>
    </message>
    <message>
        <source>How many gold texts have this label.</source>
        <translation type="unfinished">Nombre de textes de référence qui ont cette étiquette.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">Tout afficher</translation>
    </message>
    <message>
        <source>List every gold text the model got wrong</source>
        <translation type="unfinished">Lister tous les textes de référence sur lesquels le modèle s&apos;est trompé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texte</translation>
    </message>
    <message>
        <source>True label</source>
        <translation type="unfinished">Vraie étiquette</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished">Prédite</translation>
    </message>
    <message>
        <source>Gold texts the model labelled wrongly</source>
        <translation type="unfinished">Textes de référence mal étiquetés par le modèle</translation>
    </message>
    <message>
        <source>{name} is not scored yet.</source>
        <translation type="unfinished">{name} n&apos;est pas encore noté.</translation>
    </message>
    <message>
        <source>Select a row of the scoreboard to see where it goes wrong.</source>
        <translation type="unfinished">Sélectionnez une ligne du tableau des scores pour voir où le modèle se trompe.</translation>
    </message>
    <message>
        <source>{name}: where it goes wrong</source>
        <translation type="unfinished">{name} : où il se trompe</translation>
    </message>
    <message>
        <source>Gold texts labelled wrongly: {n}</source>
        <translation type="unfinished">Textes de référence mal étiquetés : {n}</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n}</source>
        <translation type="unfinished">Vraie {true}, prédite {predicted} : {n}</translation>
    </message>
</context>
<context>
    <name>ServerTeacherForm</name>
    <message>
        <source>Find servers on this computer</source>
        <translation type="unfinished">Chercher des serveurs sur cet ordinateur</translation>
    </message>
    <message>
        <source>for example http://127.0.0.1:11434/v1 or https://api.openai.com/v1</source>
        <translation type="unfinished">par exemple http://127.0.0.1:11434/v1 ou https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation type="unfinished">le nom du modèle sur le serveur</translation>
    </message>
    <message>
        <source>only for online APIs</source>
        <translation type="unfinished">seulement pour les API en ligne</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished">Tester la connexion</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Adresse du serveur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modèle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished">Clé d&apos;API</translation>
    </message>
    <message>
        <source>A key for this server is stored on this computer; type a new one to replace it.</source>
        <translation type="unfinished">Une clé pour ce serveur est enregistrée sur cet ordinateur ; saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>needs an API key</source>
        <translation type="unfinished">nécessite une clé d&apos;API</translation>
    </message>
    <message>
        <source>model {name}</source>
        <translation type="unfinished">modèle {name}</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation type="unfinished">{n} modèles</translation>
    </message>
    <message>
        <source>Shule can look for Ollama, LM Studio, a llama.cpp server or vLLM running on this computer.</source>
        <translation type="unfinished">Shule peut rechercher Ollama, LM Studio, un serveur llama.cpp ou vLLM en cours d&apos;exécution sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Start one, or type the address of an online API.</source>
        <translation type="unfinished">Aucun serveur de modèles ne tourne sur cet ordinateur. Lancez-en un, ou saisissez l&apos;adresse d&apos;une API en ligne.</translation>
    </message>
    <message>
        <source>Found on this computer (choose one):</source>
        <translation type="unfinished">Trouvés sur cet ordinateur (choisissez-en un) :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished">Partout</translation>
    </message>
    <message>
        <source>On the Review page</source>
        <translation type="unfinished">Sur la page Relecture</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">Touches</translation>
    </message>
    <message>
        <source>Every step can be reached from the keyboard: Tab moves between fields and buttons, Space or Enter presses a button. On the Review page, press ? to see its keys and change them.</source>
        <translation type="unfinished">Chaque étape est accessible au clavier : Tab passe d&apos;un champ ou d&apos;un bouton à l&apos;autre, Espace ou Entrée appuie sur un bouton. Sur la page Relecture, appuyez sur ? pour voir ses touches et les changer.</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Étape suivante</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">Professeur</translation>
    </message>
    <message>
        <source>Choose the large language model that writes example texts for each label: a GGUF model file on this computer, or a model server. A model that knows your language well gives better samples.</source>
        <translation type="unfinished">Choisissez le grand modèle de langage qui écrit des exemples de textes pour chaque étiquette : un fichier de modèle GGUF sur cet ordinateur, ou un serveur de modèles. Un modèle qui connaît bien votre langue donne de meilleurs échantillons.</translation>
    </message>
    <message>
        <source>A model file on this computer (GGUF)</source>
        <translation type="unfinished">Un fichier de modèle sur cet ordinateur (GGUF)</translation>
    </message>
    <message>
        <source>A model server (Ollama, LM Studio, llama.cpp server, vLLM, or an online API)</source>
        <translation type="unfinished">Un serveur de modèles (Ollama, LM Studio, serveur llama.cpp, vLLM ou une API en ligne)</translation>
    </message>
    <message>
        <source>Path to a .gguf model file</source>
        <translation type="unfinished">Chemin d&apos;un fichier de modèle .gguf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Parcourir…</translation>
    </message>
    <message>
        <source>Recommended models…</source>
        <translation type="unfinished">Modèles recommandés…</translation>
    </message>
    <message>
        <source>Download a recommended teacher model, or choose one already on this computer.</source>
        <translation type="unfinished">Téléchargez un modèle professeur recommandé, ou choisissez-en un déjà présent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished">Fichier de modèle</translation>
    </message>
    <message>
        <source>Use this teacher</source>
        <extracomment>Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">Utiliser ce professeur</translation>
    </message>
    <message>
        <source>Looking for servers on this computer…</source>
        <translation type="unfinished">Recherche de serveurs sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first, or choose a server found on this computer.</source>
        <translation type="unfinished">Saisissez d&apos;abord l&apos;adresse du serveur, ou choisissez un serveur trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished">Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Shule found a model server on this computer: {names}. Choose “A model server” to use it.</source>
        <translation type="unfinished">Shule a trouvé un serveur de modèles sur cet ordinateur : {names}. Choisissez « Un serveur de modèles » pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Choose a model file first.</source>
        <translation type="unfinished">Choisissez d&apos;abord un fichier de modèle.</translation>
    </message>
    <message>
        <source>Type or choose the model&apos;s name.</source>
        <translation type="unfinished">Saisissez ou choisissez le nom du modèle.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address.</source>
        <translation type="unfinished">« {address} » n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>No teacher chosen yet. Your usual teacher is filled in: check it, then click “Use this teacher”.</source>
        <translation type="unfinished">Aucun professeur choisi pour l&apos;instant. Votre professeur habituel est prérempli : vérifiez-le, puis cliquez sur « Utiliser ce professeur ».</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">Aucun professeur choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">Professeur de ce projet : le modèle {model} sur le serveur {url}.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: {path}
{about}</source>
        <translation type="unfinished">Professeur de ce projet : {path}
{about}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Train</source>
        <translation type="unfinished">Entraîner</translation>
    </message>
    <message>
        <source>Train a small model (the student) on your accepted samples. The quick student trains in seconds; a pretrained base that knows your language usually scores higher but takes longer.</source>
        <translation type="unfinished">Entraînez un petit modèle (l&apos;élève) sur vos échantillons acceptés. L&apos;élève rapide s&apos;entraîne en quelques secondes ; une base pré-entraînée qui connaît votre langue obtient en général un meilleur score mais prend plus de temps.</translation>
    </message>
    <message>
        <source>Training loss by step, and the score on the held-out samples after each epoch</source>
        <translation type="unfinished">Perte d&apos;entraînement par étape, et score sur les échantillons mis de côté après chaque époque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modèle</translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">Élève</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished">Entraîné le</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">Échantillons</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Résultat</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished">Fin de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation type="unfinished">Modèles entraînés</translation>
    </message>
    <message>
        <source>The training pack is installed: press Train to fine-tune the student.</source>
        <translation type="unfinished">Le pack d&apos;entraînement est installé : cliquez sur Entraîner pour affiner l&apos;élève.</translation>
    </message>
    <message>
        <source>Stopping: the student finishes its current step and keeps the best epoch scored so far, if there is one…</source>
        <translation type="unfinished">Arrêt en cours : l&apos;élève termine son étape en cours et garde la meilleure époque notée jusqu&apos;ici, s&apos;il y en a une…</translation>
    </message>
    <message>
        <source>Training stopped; nothing was saved.</source>
        <translation type="unfinished">Entraînement arrêté ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Ready: {n} accepted samples; a fifth of each label is held out to measure the result.</source>
        <translation type="unfinished">Prêt : {n} échantillons acceptés ; un cinquième de chaque étiquette est mis de côté pour mesurer le résultat.</translation>
    </message>
    <message>
        <source>1 gold example also appears among the training samples: it is left out of training, so the score stays honest.</source>
        <translation type="unfinished">1 exemple de référence apparaît aussi parmi les échantillons d&apos;entraînement : il est exclu de l&apos;entraînement, pour que le score reste honnête.</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training, so the score stays honest.</source>
        <translation type="unfinished">{n} exemples de référence apparaissent aussi parmi les échantillons d&apos;entraînement : ils sont exclus de l&apos;entraînement, pour que le score reste honnête.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished">terminé</translation>
    </message>
    <message>
        <source>no figures: too few samples were held out for evaluation</source>
        <translation type="unfinished">pas de chiffres : trop peu d&apos;échantillons ont été mis de côté pour l&apos;évaluation</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">de référence</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">mis de côté</translation>
    </message>
    <message>
        <source>accuracy {acc:.0%} · macro-F1 {f1:.2f} on {n} {on} samples</source>
        <translation type="unfinished">exactitude {acc:.0%} · macro-F1 {f1:.2f} sur {n} échantillons {on}</translation>
    </message>
    <message>
        <source>Trained {model}: {figures}.</source>
        <translation type="unfinished">{model} entraîné : {figures}.</translation>
    </message>
    <message>
        <source>stopped early at epoch {n}</source>
        <translation type="unfinished">arrêté tôt à l&apos;époque {n}</translation>
    </message>
    <message>
        <source>cancelled, kept epoch {n}</source>
        <translation type="unfinished">annulé, époque {n} conservée</translation>
    </message>
    <message>
        <source>stopped after {n} steps</source>
        <translation type="unfinished">arrêté après {n} étapes</translation>
    </message>
    <message>
        <source>Stopped: kept the best model so far (epoch {epoch}, dev macro-F1 {f1:.2f}).</source>
        <translation type="unfinished">Arrêté : le meilleur modèle jusqu&apos;ici a été conservé (époque {epoch}, macro-F1 de validation {f1:.2f}).</translation>
    </message>
    <message>
        <source>Stopped early at epoch {n}: the dev score had not improved for {patience} epochs; kept epoch {best}.</source>
        <translation type="unfinished">Arrêté tôt à l&apos;époque {n} : le score de validation ne s&apos;était pas amélioré depuis {patience} époques ; l&apos;époque {best} a été conservée.</translation>
    </message>
</context>
<context>
    <name>TrainingPackBox</name>
    <message>
        <source>Training pack</source>
        <translation type="unfinished">Pack d&apos;entraînement</translation>
    </message>
    <message>
        <source>Install the training pack</source>
        <translation type="unfinished">Installer le pack d&apos;entraînement</translation>
    </message>
    <message>
        <source>Install from a folder of wheels…</source>
        <translation type="unfinished">Installer depuis un dossier de wheels…</translation>
    </message>
    <message>
        <source>Without internet: choose the wheels folder of Shule&apos;s offline bundle.</source>
        <translation type="unfinished">Sans internet : choisissez le dossier wheels de l&apos;archive hors ligne de Shule.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack: PyTorch and transformers, which Shule uses only to fine-tune pretrained students (the quick student needs no pack).</source>
        <translation type="unfinished">Affiner un élève pré-entraîné nécessite le pack d&apos;entraînement de Shule : PyTorch et transformers, que Shule utilise uniquement pour affiner les élèves pré-entraînés (l&apos;élève rapide n&apos;a besoin d&apos;aucun pack).</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA GPU, so Shule installs the pack with GPU support: about 4 GB to download (without GPU support it would be about 1 GB).</source>
        <translation type="unfinished">Cet ordinateur a un GPU NVIDIA, donc Shule installe le pack avec la prise en charge du GPU : environ 4 Go à télécharger (sans prise en charge du GPU, ce serait environ 1 Go).</translation>
    </message>
    <message>
        <source>This computer has no NVIDIA GPU, so Shule installs the pack without GPU support: about 1 GB to download (with NVIDIA GPU support it would be about 4 GB).</source>
        <translation type="unfinished">Cet ordinateur n&apos;a pas de GPU NVIDIA, donc Shule installe le pack sans prise en charge du GPU : environ 1 Go à télécharger (avec prise en charge des GPU NVIDIA, ce serait environ 4 Go).</translation>
    </message>
    <message>
        <source>It is about 1 GB to download, or about 4 GB with NVIDIA GPU support; Shule picks the one that fits this computer.</source>
        <translation type="unfinished">Il faut télécharger environ 1 Go, ou environ 4 Go avec la prise en charge des GPU NVIDIA ; Shule choisit la version adaptée à cet ordinateur.</translation>
    </message>
    <message>
        <source>Installing it needs about {size} of free disk space.</source>
        <translation type="unfinished">L&apos;installation nécessite environ {size} d&apos;espace disque libre.</translation>
    </message>
    <message>
        <source>The pack installed earlier does not load: install it again.</source>
        <translation type="unfinished">Le pack installé précédemment ne se charge pas : installez-le à nouveau.</translation>
    </message>
    <message>
        <source>Choose the folder of wheels (the offline bundle&apos;s wheels folder)</source>
        <translation type="unfinished">Choisir le dossier de wheels (le dossier wheels de l&apos;archive hors ligne)</translation>
    </message>
    <message>
        <source>Stopping the installation…</source>
        <translation type="unfinished">Arrêt de l&apos;installation…</translation>
    </message>
    <message>
        <source>The installation stopped; nothing was installed.</source>
        <translation type="unfinished">L&apos;installation s&apos;est arrêtée ; rien n&apos;a été installé.</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>More settings</source>
        <translation type="unfinished">Plus de paramètres</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished">automatique</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished">Époques</translation>
    </message>
    <message>
        <source>Passes over the training samples. Automatic: 10 for a pretrained base (early stopping ends most runs sooner), 15 for the quick student.</source>
        <translation type="unfinished">Passages sur les échantillons d&apos;entraînement. Automatique : 10 pour une base pré-entraînée (l&apos;arrêt anticipé termine la plupart des entraînements plus tôt), 15 pour l&apos;élève rapide.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished">Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Automatic: chosen from the size of the model.</source>
        <translation type="unfinished">Automatique : choisi selon la taille du modèle.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished">Taille de lot</translation>
    </message>
    <message>
        <source>Samples per step. Automatic: grows with the data, from 4 for a few samples to 64 for many.</source>
        <translation type="unfinished">Échantillons par étape. Automatique : augmente avec les données, de 4 pour peu d&apos;échantillons à 64 pour beaucoup.</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation type="unfinished">Patience de l&apos;arrêt anticipé</translation>
    </message>
    <message>
        <source>Training stops when the score on the held-out samples has not improved for this many epochs.</source>
        <translation type="unfinished">L&apos;entraînement s&apos;arrête quand le score sur les échantillons mis de côté ne s&apos;est pas amélioré depuis ce nombre d&apos;époques.</translation>
    </message>
    <message>
        <source>Stop after epochs without progress</source>
        <translation type="unfinished">Arrêter après ce nombre d&apos;époques sans progrès</translation>
    </message>
</context>
<context>
    <name>TryItBox</name>
    <message>
        <source>No exported model loaded yet.</source>
        <extracomment>A bundle was loaded (its folder): the page and window may show it.</extracomment>
        <translation type="unfinished">Aucun modèle exporté chargé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Load exported model…</source>
        <translation type="unfinished">Charger un modèle exporté…</translation>
    </message>
    <message>
        <source>Full (fp32) is the exported model as trained; small (int8) is about four times smaller and faster on CPUs.</source>
        <translation type="unfinished">Complet (fp32) est le modèle exporté tel qu&apos;il a été entraîné ; petit (int8) est environ quatre fois plus petit et plus rapide sur CPU.</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation type="unfinished">Texte à classer</translation>
    </message>
    <message>
        <source>Load an exported model, then type or paste text.</source>
        <translation type="unfinished">Chargez un modèle exporté, puis saisissez ou collez du texte.</translation>
    </message>
    <message>
        <source>Choose an exported model folder</source>
        <translation type="unfinished">Choisir un dossier de modèle exporté</translation>
    </message>
    <message>
        <source>Type or paste text in {language}.</source>
        <translation type="unfinished">Saisissez ou collez du texte en {language}.</translation>
    </message>
    <message>
        <source>Type or paste text.</source>
        <translation type="unfinished">Saisissez ou collez du texte.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">Complet (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">Petit (int8)</translation>
    </message>
    <message>
        <source>Trying {folder} — {variant}</source>
        <translation type="unfinished">Essai de {folder} — {variant}</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>Try it</source>
        <translation type="unfinished">Essayer</translation>
    </message>
    <message>
        <source>Type or paste text and see which label an exported model gives it, and how sure it is. Any exported model folder loads, also one made on another computer.</source>
        <translation type="unfinished">Saisissez ou collez du texte et voyez quelle étiquette un modèle exporté lui donne, et avec quelle certitude. N&apos;importe quel dossier de modèle exporté peut être chargé, même s&apos;il a été créé sur un autre ordinateur.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The {kind} process stopped unexpectedly (exit code {code}).</source>
        <translation type="unfinished">Le processus {kind} s&apos;est arrêté de façon inattendue (code de sortie {code}).</translation>
    </message>
    <message>
        <source>The {kind} step failed: {message}</source>
        <translation type="unfinished">L&apos;étape {kind} a échoué : {message}</translation>
    </message>
    <message>
        <source>Its last words: {tail}</source>
        <translation type="unfinished">Ses derniers messages : {tail}</translation>
    </message>
    <message>
        <source>Shule could not back up {name} in {folder} before upgrading it to this version ({error}), so the project was left as it was.</source>
        <translation type="unfinished">Shule n&apos;a pas pu sauvegarder {name} dans {folder} avant de le mettre à niveau vers cette version ({error}), donc le projet a été laissé tel quel.</translation>
    </message>
    <message>
        <source>{name} is in a folder Shule cannot write to ({folder}): copy the project to a folder you can write to and open it from there.</source>
        <translation type="unfinished">{name} se trouve dans un dossier où Shule ne peut pas écrire ({folder}) : copiez le projet dans un dossier où vous pouvez écrire et ouvrez-le depuis là.</translation>
    </message>
    <message>
        <source>{name} is read-only: allow changes to the file, or open a copy of it.</source>
        <translation type="unfinished">{name} est en lecture seule : autorisez les modifications du fichier, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} cannot be opened: free some space, then open it again.</source>
        <translation type="unfinished">Le disque est plein, donc {name} ne peut pas être ouvert : libérez de l&apos;espace, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to back up {name} before upgrading it to this version of Shule (the copy needs about {mb:.1f} MB), so the project was left as it was: free some space, then open it again.</source>
        <translation type="unfinished">Il n&apos;y a pas assez d&apos;espace disque libre pour sauvegarder {name} avant de le mettre à niveau vers cette version de Shule (la copie nécessite environ {mb:.1f} Mo), donc le projet a été laissé tel quel : libérez de l&apos;espace, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}): it may be damaged, or in use by another program.</source>
        <translation type="unfinished">{name} n&apos;a pas pu être ouvert ({error}) : il est peut-être endommagé, ou utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>Upgrading {name} to this version of Shule failed ({error}), so the project is unchanged; a backup copy of it is at {backup}.</source>
        <translation type="unfinished">La mise à niveau de {name} vers cette version de Shule a échoué ({error}), donc le projet n&apos;a pas changé ; une copie de sauvegarde se trouve dans {backup}.</translation>
    </message>
    <message>
        <source>it lacks the {table} table</source>
        <translation type="unfinished">la table {table} manque</translation>
    </message>
    <message>
        <source>A classifier needs at least 2 labels: add another label.</source>
        <translation type="unfinished">Un classifieur a besoin d&apos;au moins 2 étiquettes : ajoutez une autre étiquette.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change to {name} was not saved; the project is as it was before it. Free some space, then try again.</source>
        <translation type="unfinished">Le disque est plein, donc la dernière modification de {name} n&apos;a pas été enregistrée ; le projet est tel qu&apos;il était avant. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>This project has no model called {model}.</source>
        <translation type="unfinished">Ce projet n&apos;a pas de modèle nommé {model}.</translation>
    </message>
    <message>
        <source>it lacks the {tables} tables</source>
        <translation type="unfinished">les tables {tables} manquent</translation>
    </message>
    <message>
        <source>its language is missing or unreadable</source>
        <translation type="unfinished">sa langue est absente ou illisible</translation>
    </message>
    <message>
        <source>A label has no name: give every label a short name.</source>
        <translation type="unfinished">Une étiquette n&apos;a pas de nom : donnez un nom court à chaque étiquette.</translation>
    </message>
    <message>
        <source>Label “{label}” needs a one-line description of what belongs in it.</source>
        <translation type="unfinished">L&apos;étiquette « {label} » a besoin d&apos;une description d&apos;une ligne de ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>The label “{label}” appears twice: label names must be different.</source>
        <translation type="unfinished">L&apos;étiquette « {label} » apparaît deux fois : les noms d&apos;étiquettes doivent être différents.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another name or open it instead.</source>
        <translation type="unfinished">{path} existe déjà : choisissez un autre nom ou ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>There is no project file at {path}.</source>
        <translation type="unfinished">Il n&apos;y a pas de fichier de projet à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>{name} is not a Shule project file.</source>
        <translation type="unfinished">{name} n&apos;est pas un fichier de projet Shule.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Shule: update Shule to open it.</source>
        <translation type="unfinished">{name} a été créé par une version plus récente de Shule : mettez Shule à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{name} is damaged: {damage}. Open a backup copy of it instead, if you have one.</source>
        <translation type="unfinished">{name} est endommagé : {damage}. Ouvrez plutôt une copie de sauvegarde, si vous en avez une.</translation>
    </message>
    <message>
        <source>There is no sample with id {id}.</source>
        <translation type="unfinished">Il n&apos;y a pas d&apos;échantillon avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts left to rank: import some of your own texts first.</source>
        <translation type="unfinished">Il ne reste aucun texte non étiqueté à classer : importez d&apos;abord quelques-uns de vos propres textes.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts to annotate: import some first.</source>
        <translation type="unfinished">Il n&apos;y a aucun texte non étiqueté à annoter : importez-en d&apos;abord.</translation>
    </message>
    <message>
        <source>{done} of {total} texts</source>
        <translation type="unfinished">{done} textes sur {total}</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is damaged ({why}): reinstall Shule, or fix or remove the file that {variable} names.</source>
        <translation type="unfinished">La liste des modèles professeurs {path} est endommagée ({why}) : réinstallez Shule, ou corrigez ou supprimez le fichier indiqué par {variable}.</translation>
    </message>
    <message>
        <source>context is missing or not a positive whole number</source>
        <translation type="unfinished">context est absent ou n&apos;est pas un nombre entier positif</translation>
    </message>
    <message>
        <source>size_bytes is neither null nor a positive whole number</source>
        <translation type="unfinished">size_bytes n&apos;est ni null ni un nombre entier positif</translation>
    </message>
    <message>
        <source>commercial_use is not true or false</source>
        <translation type="unfinished">commercial_use n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>languages is not a list of language codes</source>
        <translation type="unfinished">languages n&apos;est pas une liste de codes de langue</translation>
    </message>
    <message>
        <source>its id or revision is empty</source>
        <translation type="unfinished">son id ou sa révision est vide</translation>
    </message>
    <message>
        <source>repo {repo} is not shaped like owner/name</source>
        <translation type="unfinished">le dépôt {repo} n&apos;a pas la forme propriétaire/nom</translation>
    </message>
    <message>
        <source>file {file} is not a .gguf file inside the repo</source>
        <translation type="unfinished">le fichier {file} n&apos;est pas un fichier .gguf du dépôt</translation>
    </message>
    <message>
        <source>sha256 is neither null nor 64 hexadecimal digits</source>
        <translation type="unfinished">sha256 n&apos;est ni null ni 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>There is no teacher model called {name} in Shule&apos;s list: choose one of {known}.</source>
        <translation type="unfinished">Il n&apos;y a pas de modèle professeur nommé {name} dans la liste de Shule : choisissez parmi {known}.</translation>
    </message>
    <message>
        <source>It needs {need:g} GB of memory, and this computer has {has}: choose a smaller model.</source>
        <translation type="unfinished">Il nécessite {need:g} Go de mémoire, et cet ordinateur en a {has} : choisissez un modèle plus petit.</translation>
    </message>
    <message>
        <source>{key} is missing or not text</source>
        <translation type="unfinished">{key} est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{key} is missing or not a positive number</source>
        <translation type="unfinished">{key} est absent ou n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>entry {n} is not an object</source>
        <translation type="unfinished">l&apos;entrée {n} n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>entry {n}: {problem}</source>
        <translation type="unfinished">entrée {n} : {problem}</translation>
    </message>
    <message>
        <source>it has no list of teachers</source>
        <translation type="unfinished">elle n&apos;a pas de liste de professeurs</translation>
    </message>
    <message>
        <source>The list of teacher models {path} was written for a newer Shule: update Shule.</source>
        <translation type="unfinished">La liste des modèles professeurs {path} a été écrite pour une version plus récente de Shule : mettez Shule à jour.</translation>
    </message>
    <message>
        <source>two entries share an id</source>
        <translation type="unfinished">deux entrées ont le même id</translation>
    </message>
    <message>
        <source>It fits in the memory of the GPU ({gpu}: it needs {need:g} GB, the GPU has {has}), so it runs fast.</source>
        <translation type="unfinished">Il tient dans la mémoire du GPU ({gpu} : il nécessite {need:g} Go, le GPU en a {has}), donc il est rapide.</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no NVIDIA GPU was found (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">Il fonctionnera sur le CPU, lentement, car aucun GPU NVIDIA n&apos;a été trouvé (il nécessite {need:g} Go de mémoire, et cet ordinateur en a {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and the disk has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">Le télécharger nécessite {need} d&apos;espace disque libre, et le disque en a {free} : libérez de l&apos;espace, ou choisissez un modèle plus petit.</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is missing: reinstall Shule, or point {variable} at an existing file.</source>
        <translation type="unfinished">La liste des modèles professeurs {path} est introuvable : réinstallez Shule, ou faites pointer {variable} vers un fichier existant.</translation>
    </message>
    <message>
        <source>it is not readable JSON</source>
        <translation type="unfinished">ce n&apos;est pas du JSON lisible</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no GPU has the {vram:g} GB it needs (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">Il fonctionnera sur le CPU, lentement, car aucun GPU n&apos;a les {vram:g} Go nécessaires (il nécessite {need:g} Go de mémoire, et cet ordinateur en a {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and {where} has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">Le télécharger nécessite {need} d&apos;espace disque libre, et {where} en a {free} : libérez de l&apos;espace, ou choisissez un modèle plus petit.</translation>
    </message>
    <message>
        <source>a good fit</source>
        <translation type="unfinished">bien adapté</translation>
    </message>
    <message>
        <source>usable, though a better-matched base may do better</source>
        <translation type="unfinished">utilisable, mais une base mieux adaptée pourrait faire mieux</translation>
    </message>
    <message>
        <source>not recommended</source>
        <translation type="unfinished">déconseillé</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown, and strips accents or other marks from {dropped} of words: {advice}.</source>
        <translation type="unfinished">{base} découpe les mots en {language} en {fertility:.1f} morceaux en moyenne, en marque {unknown} comme inconnus, et retire les accents ou autres signes de {dropped} des mots : {advice}.</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown: {advice}.</source>
        <translation type="unfinished">{base} découpe les mots en {language} en {fertility:.1f} morceaux en moyenne et en marque {unknown} comme inconnus : {advice}.</translation>
    </message>
    <message>
        <source>No base model covers {language} well: use the quick student (character n-grams), which works for any script.</source>
        <translation type="unfinished">Aucun modèle de base ne couvre bien le {language} : utilisez l&apos;élève rapide (n-grammes de caractères), qui fonctionne avec toutes les écritures.</translation>
    </message>
    <message>
        <source>{base} covers {language} best ({fertility:.1f} pieces per word, {unknown} unknown): use it as the student base.</source>
        <translation type="unfinished">{base} couvre le mieux le {language} ({fertility:.1f} morceaux par mot, {unknown} inconnus) : utilisez-le comme base de l&apos;élève.</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: add some before checking a base model.</source>
        <translation type="unfinished">Il n&apos;y a pas encore de textes en {language} : ajoutez-en avant de vérifier un modèle de base.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer.json (or vocab.txt), so its coverage cannot be checked; pick the model&apos;s folder, or save its tokenizer in the fast format first.</source>
        <translation type="unfinished">{folder} n&apos;a pas de tokenizer.json (ni de vocab.txt), donc sa couverture ne peut pas être vérifiée ; choisissez le dossier du modèle, ou enregistrez d&apos;abord son tokenizer au format rapide.</translation>
    </message>
    <message>
        <source>{file} is not a tokenizer file that can be read ({detail}).</source>
        <translation type="unfinished">{file} n&apos;est pas un fichier de tokenizer lisible ({detail}).</translation>
    </message>
    <message>
        <source>Export data as one of: {formats}.</source>
        <translation type="unfinished">Exportez les données dans l&apos;un de ces formats : {formats}.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: accept some samples first.</source>
        <translation type="unfinished">Il n&apos;y a encore rien à exporter : acceptez d&apos;abord quelques échantillons.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name to export to.</source>
        <translation type="unfinished">{path} est un dossier : choisissez un nom de fichier pour l&apos;export.</translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder name to export the data set to.</source>
        <translation type="unfinished">{path} est un fichier : choisissez un nom de dossier pour exporter le jeu de données.</translation>
    </message>
    <message>
        <source>Shule cannot tell the format from “{name}”: end the name in .csv, .jsonl, .xlsx or .parquet, or give no suffix for a Hugging Face folder.</source>
        <translation type="unfinished">Shule ne peut pas déduire le format de « {name} » : terminez le nom par .csv, .jsonl, .xlsx ou .parquet, ou ne mettez pas d&apos;extension pour un dossier Hugging Face.</translation>
    </message>
    <message>
        <source>Sample {id} is too long for an Excel cell or holds control characters Excel cannot store: export to CSV, JSONL or Parquet.</source>
        <translation type="unfinished">L&apos;échantillon {id} est trop long pour une cellule Excel ou contient des caractères de contrôle qu&apos;Excel ne peut pas stocker : exportez en CSV, JSONL ou Parquet.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; what was there before is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">Le disque est plein, donc {path} n&apos;a pas pu être écrit ; ce qui s&apos;y trouvait avant n&apos;a pas changé. Libérez de l&apos;espace, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">Le disque est plein, donc {path} n&apos;a pas pu être écrit ; rien n&apos;y a été laissé. Libérez de l&apos;espace, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation type="unfinished">Impossible d&apos;écrire {path} : {error}.</translation>
    </message>
    <message>
        <source>Checking the part downloaded before</source>
        <translation type="unfinished">Vérification de la partie téléchargée précédemment</translation>
    </message>
    <message>
        <source>Downloading {file} needs {short} more free space on {where}; it has {free} free and the rest of the file takes {remaining}: free some space, or set SHULE_MODELS_DIR to a folder on a bigger disk, then try again.</source>
        <translation type="unfinished">Télécharger {file} nécessite {short} d&apos;espace libre en plus sur {where} ; il reste {free} de libre et le reste du fichier occupe {remaining} : libérez de l&apos;espace, ou réglez SHULE_MODELS_DIR sur un dossier d&apos;un disque plus grand, puis réessayez.</translation>
    </message>
    <message>
        <source>The downloaded file {file} is damaged ({why}): it was removed; download it again.</source>
        <translation type="unfinished">Le fichier téléchargé {file} est endommagé ({why}) : il a été supprimé ; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Shule could not reach {host}: check the internet connection; behind a proxy, set HTTPS_PROXY.</source>
        <translation type="unfinished">Shule n&apos;a pas pu joindre {host} : vérifiez la connexion internet ; derrière un proxy, réglez HTTPS_PROXY.</translation>
    </message>
    <message>
        <source>The proxy server (HTTPS_PROXY or HTTP_PROXY) did not pass on the download of {file} from {host}: check the proxy setting, or ask whoever runs the network.</source>
        <translation type="unfinished">Le serveur proxy (HTTPS_PROXY ou HTTP_PROXY) n&apos;a pas laissé passer le téléchargement de {file} depuis {host} : vérifiez le réglage du proxy, ou demandez à la personne qui gère le réseau.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN): accept the licence on {page} while signed in, create a read token in your Hugging Face settings, set HF_TOKEN to it, then try again.</source>
        <translation type="unfinished">{file} exige que vous acceptiez sa licence sur huggingface.co et un jeton (HF_TOKEN) : acceptez la licence sur {page} en étant connecté, créez un jeton de lecture dans vos paramètres Hugging Face, réglez HF_TOKEN sur ce jeton, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to {host} kept breaking while downloading {file}: check the internet connection, then download it again; it will continue where it stopped.</source>
        <translation type="unfinished">La connexion à {host} n&apos;a pas cessé de se couper pendant le téléchargement de {file} : vérifiez la connexion internet, puis téléchargez-le à nouveau ; il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Checking {file}, downloaded before</source>
        <translation type="unfinished">Vérification de {file}, téléchargé précédemment</translation>
    </message>
    <message>
        <source>Downloads are switched off ({name} is set): unset {name} to download {file}, or choose a model file already on this computer.</source>
        <translation type="unfinished">Les téléchargements sont désactivés ({name} est défini) : supprimez {name} pour télécharger {file}, ou choisissez un fichier de modèle déjà présent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{host} sent Shule round in circles when asked for {file}: try again later.</source>
        <translation type="unfinished">{host} a renvoyé Shule en boucle quand il a demandé {file} : réessayez plus tard.</translation>
    </message>
    <message>
        <source>{host} has no file {file} at the address Shule knows (HTTP {status}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">{host} n&apos;a pas de fichier {file} à l&apos;adresse que connaît Shule (HTTP {status}) : la liste des modèles n&apos;est peut-être plus à jour ; mettez Shule à jour, ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} when asked for {file}: try again later.</source>
        <translation type="unfinished">{host} a répondu HTTP {status} à la demande de {file} : réessayez plus tard.</translation>
    </message>
    <message>
        <source>{host} offers {file} with a different size from the publisher&apos;s ({offered:,} bytes, not {size:,}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">{host} propose {file} avec une taille différente de celle de l&apos;éditeur ({offered:,} octets, et non {size:,}) : la liste des modèles n&apos;est peut-être plus à jour ; mettez Shule à jour, ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>{size:,.0f} MB</source>
        <translation type="unfinished">{size:,.0f} Mo</translation>
    </message>
    <message>
        <source>it has {done:,} bytes, not the publisher&apos;s {size:,}</source>
        <translation type="unfinished">il fait {done:,} octets, et non les {size:,} de l&apos;éditeur</translation>
    </message>
    <message>
        <source>its checksum does not match the publisher&apos;s</source>
        <translation type="unfinished">sa somme de contrôle ne correspond pas à celle de l&apos;éditeur</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {file} to {folder}: the part downloaded so far is kept; free some space, then download it again to continue.</source>
        <translation type="unfinished">Le disque s&apos;est rempli pendant le téléchargement de {file} dans {folder} : la partie déjà téléchargée est conservée ; libérez de l&apos;espace, puis relancez le téléchargement pour continuer.</translation>
    </message>
    <message>
        <source>Shule may not write to {folder}: set SHULE_MODELS_DIR to a folder you can write to, then try again.</source>
        <translation type="unfinished">Shule n&apos;a pas le droit d&apos;écrire dans {folder} : réglez SHULE_MODELS_DIR sur un dossier où vous pouvez écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN) that may read it, and the token given was refused: accept the licence on {page} while signed in, check the token, then try again.</source>
        <translation type="unfinished">{file} exige que vous acceptiez sa licence sur huggingface.co et un jeton (HF_TOKEN) autorisé à le lire, et le jeton fourni a été refusé : acceptez la licence sur {page} en étant connecté, vérifiez le jeton, puis réessayez.</translation>
    </message>
    <message>
        <source>{host} could not send {file} just now (HTTP {status}): try again later; the download will continue where it stopped.</source>
        <translation type="unfinished">{host} n&apos;a pas pu envoyer {file} pour le moment (HTTP {status}) : réessayez plus tard ; le téléchargement reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>it is longer than the publisher&apos;s {size:,} bytes</source>
        <translation type="unfinished">il dépasse les {size:,} octets de l&apos;éditeur</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">terminé</translation>
    </message>
    <message>
        <source>loading the model</source>
        <translation type="unfinished">chargement du modèle</translation>
    </message>
    <message>
        <source>timing one text at a time</source>
        <translation type="unfinished">chronométrage, un texte à la fois</translation>
    </message>
    <message>
        <source>The files of model {model_id} are missing: train the student again.</source>
        <translation type="unfinished">Les fichiers du modèle {model_id} sont introuvables : entraînez l&apos;élève à nouveau.</translation>
    </message>
    <message>
        <source>There is nothing to score on: add gold samples, or train with a dev share.</source>
        <translation type="unfinished">Il n&apos;y a rien sur quoi noter : ajoutez des échantillons de référence, ou entraînez avec une part de validation.</translation>
    </message>
    <message>
        <source>scoring {n} gold samples</source>
        <translation type="unfinished">notation de {n} échantillons de référence</translation>
    </message>
    <message>
        <source>scoring {n} held-out samples</source>
        <translation type="unfinished">notation de {n} échantillons mis de côté</translation>
    </message>
    <message>
        <source>The macro-F1 the int8 model may lose must be zero or more points.</source>
        <translation type="unfinished">Le macro-F1 que le modèle int8 peut perdre doit être de zéro point ou plus.</translation>
    </message>
    <message>
        <source>{folder} is not an exported Shule model: export the model first.</source>
        <translation type="unfinished">{folder} n&apos;est pas un modèle Shule exporté : exportez d&apos;abord le modèle.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose a folder for the exported model.</source>
        <translation type="unfinished">{folder} est un fichier : choisissez un dossier pour le modèle exporté.</translation>
    </message>
    <message>
        <source>{folder} already holds other files: choose an empty folder or a new name for the export.</source>
        <translation type="unfinished">{folder} contient déjà d&apos;autres fichiers : choisissez un dossier vide ou un nouveau nom pour l&apos;export.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; the zip already there is unchanged. Free some space, then try again.</source>
        <translation type="unfinished">Le disque est plein, donc {file} n&apos;a pas pu être écrit ; le zip déjà présent n&apos;a pas changé. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; nothing was left there. Free some space, then try again.</source>
        <translation type="unfinished">Le disque est plein, donc {file} n&apos;a pas pu être écrit ; rien n&apos;y a été laissé. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not write {file}: {detail}.</source>
        <translation type="unfinished">Impossible d&apos;écrire {file} : {detail}.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; the bundle already there is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">Le disque est plein, donc le modèle n&apos;a pas pu être exporté dans {folder} ; l&apos;export déjà présent n&apos;a pas changé. Libérez de l&apos;espace, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">Le disque est plein, donc le modèle n&apos;a pas pu être exporté dans {folder} ; rien n&apos;y a été laissé. Libérez de l&apos;espace, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>converting the model to ONNX</source>
        <translation type="unfinished">conversion du modèle en ONNX</translation>
    </message>
    <message>
        <source>checking the export on {n} texts</source>
        <translation type="unfinished">vérification de l&apos;export sur {n} textes</translation>
    </message>
    <message>
        <source>writing the model card</source>
        <translation type="unfinished">rédaction de la fiche du modèle</translation>
    </message>
    <message>
        <source>making the small int8 model</source>
        <translation type="unfinished">création du petit modèle int8</translation>
    </message>
    <message>
        <source>checking the {variant} model on {n} texts</source>
        <translation type="unfinished">vérification du modèle {variant} sur {n} textes</translation>
    </message>
    <message>
        <source>timing the {variant} model on this computer</source>
        <translation type="unfinished">chronométrage du modèle {variant} sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sample {id} is a gold sample: the test set is never shown to the teacher.</source>
        <translation type="unfinished">L&apos;échantillon {id} est un échantillon de référence : le jeu de test n&apos;est jamais montré au professeur.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; no samples had been made yet, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">Le disque est plein, donc la génération s&apos;est arrêtée ; aucun échantillon n&apos;avait encore été créé, et rien n&apos;a été écrit à moitié. Libérez de l&apos;espace, puis reprenez la tâche {job} pour créer le reste.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} sample it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">Le disque est plein, donc la génération s&apos;est arrêtée ; {n} échantillon créé jusqu&apos;ici ({made}) a été enregistré, et rien n&apos;a été écrit à moitié. Libérez de l&apos;espace, puis reprenez la tâche {job} pour créer le reste.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} samples it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">Le disque est plein, donc la génération s&apos;est arrêtée ; les {n} échantillons créés jusqu&apos;ici ({made}) ont été enregistrés, et rien n&apos;a été écrit à moitié. Libérez de l&apos;espace, puis reprenez la tâche {job} pour créer le reste.</translation>
    </message>
    <message>
        <source>The disk is full, so generation could not start; nothing was changed. Free some space, then try again.</source>
        <translation type="unfinished">Le disque est plein, donc la génération n&apos;a pas pu démarrer ; rien n&apos;a été modifié. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">Chargement du professeur</translation>
    </message>
    <message>
        <source>Choose a teacher before generating samples.</source>
        <translation type="unfinished">Choisissez un professeur avant de générer des échantillons.</translation>
    </message>
    <message>
        <source>{done} of {total} samples ({per_label}) · about {seconds:.0f} s left</source>
        <translation type="unfinished">{done} échantillons sur {total} ({per_label}) · environ {seconds:.0f} s restantes</translation>
    </message>
    <message>
        <source>0 of {total} samples · waiting for the teacher</source>
        <translation type="unfinished">0 échantillon sur {total} · en attente du professeur</translation>
    </message>
    <message>
        <source>The teacher failed {n} times in a row, so generation stopped; the samples made so far are kept. Last error: {error}</source>
        <translation type="unfinished">Le professeur a échoué {n} fois de suite, donc la génération s&apos;est arrêtée ; les échantillons créés jusqu&apos;ici sont conservés. Dernière erreur : {error}</translation>
    </message>
    <message>
        <source>A gold sample needs a text: type the text the student should label.</source>
        <translation type="unfinished">Un échantillon de référence a besoin d&apos;un texte : saisissez le texte que l&apos;élève doit étiqueter.</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels: choose one of {labels}.</source>
        <translation type="unfinished">« {label} » n&apos;est pas une étiquette de ce projet : choisissez parmi {labels}.</translation>
    </message>
    <message>
        <source>{size:,.0f} GB</source>
        <translation type="unfinished">{size:,.0f} Go</translation>
    </message>
    <message>
        <source>CPU: {cores}, without AVX2 (models run more slowly)</source>
        <translation type="unfinished">CPU : {cores}, sans AVX2 (les modèles tournent plus lentement)</translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <translation type="unfinished">{size:.1f} Go</translation>
    </message>
    <message>
        <source>{n} core</source>
        <translation type="unfinished">{n} cœur</translation>
    </message>
    <message>
        <source>{n} cores</source>
        <translation type="unfinished">{n} cœurs</translation>
    </message>
    <message>
        <source>CPU: {cores}</source>
        <translation type="unfinished">CPU : {cores}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX-512</source>
        <translation type="unfinished">CPU : {cores}, avec AVX-512</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 (no AVX-512)</source>
        <translation type="unfinished">CPU : {cores}, avec AVX2 (sans AVX-512)</translation>
    </message>
    <message>
        <source>CPU: {cores}, ARM with NEON</source>
        <translation type="unfinished">CPU : {cores}, ARM avec NEON</translation>
    </message>
    <message>
        <source>GPU: {name}, {memory}</source>
        <translation type="unfinished">GPU : {name}, {memory}</translation>
    </message>
    <message>
        <source>Memory: {size}</source>
        <translation type="unfinished">Mémoire : {size}</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation type="unfinished">Mémoire : inconnue</translation>
    </message>
    <message>
        <source>Free disk: {size} in {path}</source>
        <translation type="unfinished">Espace disque libre : {size} dans {path}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 and AVX-512</source>
        <translation type="unfinished">CPU : {cores}, avec AVX2 et AVX-512</translation>
    </message>
    <message>
        <source>GPU: none found (NVIDIA GPUs are detected with nvidia-smi)</source>
        <translation type="unfinished">GPU : aucun trouvé (les GPU NVIDIA sont détectés avec nvidia-smi)</translation>
    </message>
    <message>
        <source>{done:,.0f} of {total:,.0f} MB</source>
        <translation type="unfinished">{done:,.0f} sur {total:,.0f} Mo</translation>
    </message>
    <message>
        <source>{done:,.0f} of {total:,.0f} KB</source>
        <translation type="unfinished">{done:,.0f} sur {total:,.0f} Ko</translation>
    </message>
    <message>
        <source>{done:,.1f} of {total:,.1f} MB</source>
        <translation type="unfinished">{done:,.1f} sur {total:,.1f} Mo</translation>
    </message>
    <message>
        <source>{amount} · {speed} · {left}</source>
        <translation type="unfinished">{amount} · {speed} · {left}</translation>
    </message>
    <message>
        <source>The model folder {spec} does not exist, and it is not a Hugging Face model id either (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">Le dossier de modèle {spec} n&apos;existe pas, et ce n&apos;est pas non plus un identifiant de modèle Hugging Face (comme FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>{model} is already on this computer</source>
        <translation type="unfinished">{model} est déjà sur cet ordinateur</translation>
    </message>
    <message>
        <source>Shule cannot download {model} because Hugging Face&apos;s offline mode is on (HF_HUB_OFFLINE), and it is not on this computer yet: turn offline mode off and connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">Shule ne peut pas télécharger {model} car le mode hors ligne de Hugging Face est activé (HF_HUB_OFFLINE), et ce modèle n&apos;est pas encore sur cet ordinateur : désactivez le mode hors ligne et connectez-vous à internet une fois, ou choisissez un dossier de modèle téléchargé.</translation>
    </message>
    <message>
        <source>{speed:.1f} MB/s</source>
        <translation type="unfinished">{speed:.1f} Mo/s</translation>
    </message>
    <message>
        <source>{speed:.0f} KB/s</source>
        <translation type="unfinished">{speed:.0f} Ko/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished">moins d&apos;une minute restante</translation>
    </message>
    <message>
        <source>Looking up {model} on the Hugging Face hub</source>
        <translation type="unfinished">Recherche de {model} sur le hub Hugging Face</translation>
    </message>
    <message>
        <source>{model} asks you to accept its licence on huggingface.co first: accept it there while signed in, give Shule your access token (HF_TOKEN), then try again, or choose another base.</source>
        <translation type="unfinished">{model} vous demande d&apos;abord d&apos;accepter sa licence sur huggingface.co : acceptez-la là-bas en étant connecté, donnez à Shule votre jeton d&apos;accès (HF_TOKEN), puis réessayez, ou choisissez une autre base.</translation>
    </message>
    <message>
        <source>{model} has been disabled on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} a été désactivé sur le hub Hugging Face : choisissez une autre base.</translation>
    </message>
    <message>
        <source>Shule could not reach the Hugging Face hub to download {model}, and it is not on this computer yet: connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">Shule n&apos;a pas pu joindre le hub Hugging Face pour télécharger {model}, et ce modèle n&apos;est pas encore sur cet ordinateur : connectez-vous à internet une fois, ou choisissez un dossier de modèle téléchargé.</translation>
    </message>
    <message>
        <source>There is no model called {model} on the Hugging Face hub, and no folder of that name on this computer: check the spelling (such as FacebookAI/xlm-roberta-base), or sign in with an access token (HF_TOKEN) if it is private.</source>
        <translation type="unfinished">Il n&apos;y a pas de modèle nommé {model} sur le hub Hugging Face, ni de dossier de ce nom sur cet ordinateur : vérifiez l&apos;orthographe (comme FacebookAI/xlm-roberta-base), ou connectez-vous avec un jeton d&apos;accès (HF_TOKEN) s&apos;il est privé.</translation>
    </message>
    <message>
        <source>{model} changed on the Hugging Face hub while Shule was downloading it: try again.</source>
        <translation type="unfinished">{model} a changé sur le hub Hugging Face pendant que Shule le téléchargeait : réessayez.</translation>
    </message>
    <message>
        <source>Shule may not write to the Hugging Face cache ({folder}) to download {model}: set HF_HOME to a folder you can write to.</source>
        <translation type="unfinished">Shule n&apos;a pas le droit d&apos;écrire dans le cache Hugging Face ({folder}) pour télécharger {model} : réglez HF_HOME sur un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {model}: free some space, or set HF_HOME to a larger disk, then try again.</source>
        <translation type="unfinished">Le disque s&apos;est rempli pendant le téléchargement de {model} : libérez de l&apos;espace, ou réglez HF_HOME sur un disque plus grand, puis réessayez.</translation>
    </message>
    <message>
        <source>The Hugging Face hub did not accept the access token on this computer while fetching {model}: renew it (HF_TOKEN), or choose a downloaded model folder.</source>
        <translation type="unfinished">Le hub Hugging Face n&apos;a pas accepté le jeton d&apos;accès de cet ordinateur lors de la récupération de {model} : renouvelez-le (HF_TOKEN), ou choisissez un dossier de modèle téléchargé.</translation>
    </message>
    <message>
        <source>The Hugging Face hub refused access to {model}: check that your access token (HF_TOKEN) may read it, or choose another base.</source>
        <translation type="unfinished">Le hub Hugging Face a refusé l&apos;accès à {model} : vérifiez que votre jeton d&apos;accès (HF_TOKEN) a le droit de le lire, ou choisissez une autre base.</translation>
    </message>
    <message>
        <source>The Hugging Face hub could not send {model} just now (HTTP {status}): try again later, or choose a downloaded model folder.</source>
        <translation type="unfinished">Le hub Hugging Face n&apos;a pas pu envoyer {model} pour le moment (HTTP {status}) : réessayez plus tard, ou choisissez un dossier de modèle téléchargé.</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation type="unfinished">environ {minutes} min restantes</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation type="unfinished">environ {hours} h {minutes} min restantes</translation>
    </message>
    <message>
        <source>The download of {model} is incomplete: try again.</source>
        <translation type="unfinished">Le téléchargement de {model} est incomplet : réessayez.</translation>
    </message>
    <message>
        <source>{model} has no config.json, so it is not a model Shule can fine-tune: choose another base.</source>
        <translation type="unfinished">{model} n&apos;a pas de config.json, ce n&apos;est donc pas un modèle que Shule peut affiner : choisissez une autre base.</translation>
    </message>
    <message>
        <source>{model} has no model weights in safetensors format (model.safetensors) on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} n&apos;a pas de poids au format safetensors (model.safetensors) sur le hub Hugging Face : choisissez une autre base.</translation>
    </message>
    <message>
        <source>{model} has no tokenizer files on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} n&apos;a pas de fichiers de tokenizer sur le hub Hugging Face : choisissez une autre base.</translation>
    </message>
    <message>
        <source>{model} lacks weight files its index names ({files}): choose another base.</source>
        <translation type="unfinished">Il manque à {model} des fichiers de poids cités dans son index ({files}) : choisissez une autre base.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to download {model} ({needed:,.0f} MB needed, {free:,.0f} MB free in {folder}): free some space, or set HF_HOME to a larger disk.</source>
        <translation type="unfinished">Il n&apos;y a pas assez d&apos;espace disque libre pour télécharger {model} ({needed:,.0f} Mo nécessaires, {free:,.0f} Mo libres dans {folder}) : libérez de l&apos;espace, ou réglez HF_HOME sur un disque plus grand.</translation>
    </message>
    <message>
        <source>The connection to the Hugging Face hub broke while downloading {model}: try again when you are online, and the download will continue where it stopped.</source>
        <translation type="unfinished">La connexion au hub Hugging Face s&apos;est coupée pendant le téléchargement de {model} : réessayez quand vous serez en ligne, et le téléchargement reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>{model} publishes its weights only in the older pickle format, which Shule does not load for safety: choose another base or convert it to safetensors.</source>
        <translation type="unfinished">{model} ne publie ses poids que dans l&apos;ancien format pickle, que Shule ne charge pas par sécurité : choisissez une autre base ou convertissez-le en safetensors.</translation>
    </message>
    <message>
        <source>The weight index of {model} on the Hugging Face hub is damaged: choose another base.</source>
        <translation type="unfinished">L&apos;index des poids de {model} sur le hub Hugging Face est endommagé : choisissez une autre base.</translation>
    </message>
    <message>
        <source>The download of {model} arrived damaged twice ({file}): check the connection, then try again.</source>
        <translation type="unfinished">Le téléchargement de {model} est arrivé endommagé deux fois ({file}) : vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">{file} n&apos;a pas de colonne d&apos;étiquette nommée « {column} » ; ses colonnes : aucune.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">La ligne {row} de {file} {why}. Rien n&apos;a été importé : corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">{file} n&apos;a pas de colonne de texte nommée « {column} » ; ses colonnes : aucune.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">{file} n&apos;a pas de colonne d&apos;étiquette nommée « {column} » ; ses colonnes : {columns}.</translation>
    </message>
    <message>
        <source>1 row of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">1 ligne de {file} ne peut pas être importée : {problems} ; rien ne sera importé tant que ce n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>{n} rows of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">{n} lignes de {file} ne peuvent pas être importées : {problems} ; rien ne sera importé tant qu&apos;elles ne sont pas corrigées.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">Rien à importer : {file} n&apos;a aucune ligne avec du texte.</translation>
    </message>
    <message>
        <source>{n} texts will be imported from {file}.</source>
        <translation type="unfinished">{n} textes seront importés depuis {file}.</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">{n} échantillons seront importés depuis {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file}.</source>
        <translation type="unfinished">{n} échantillons seront importés depuis {file}.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. 1 more row cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">La ligne {row} de {file} {why}. 1 autre ligne ne peut pas être importée non plus : {problems}. Rien n&apos;a été importé : corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. {more} more rows cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">La ligne {row} de {file} {why}. {more} autres lignes ne peuvent pas être importées non plus : {problems}. Rien n&apos;a été importé : corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>{problems}; and {n} more</source>
        <translation type="unfinished">{problems} ; et {n} de plus</translation>
    </message>
    <message>
        <source>Import as one of: {kinds}.</source>
        <translation type="unfinished">Importez comme l&apos;un de ces types : {kinds}.</translation>
    </message>
    <message>
        <source>Imported samples can be accepted or pending, not “{status}”.</source>
        <translation type="unfinished">Les échantillons importés peuvent être acceptés ou en attente, pas « {status} ».</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">{file} n&apos;a pas de colonne de texte nommée « {column} » ; ses colonnes : {columns}.</translation>
    </message>
    <message>
        <source>{n} text will be imported from {file}.</source>
        <translation type="unfinished">{n} texte sera importé depuis {file}.</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">{n} exemples de référence seront importés depuis {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file}.</source>
        <translation type="unfinished">{n} exemples de référence seront importés depuis {file}.</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file} ({labels}).</source>
        <translation type="unfinished">{n} échantillon sera importé depuis {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file}.</source>
        <translation type="unfinished">{n} échantillon sera importé depuis {file}.</translation>
    </message>
    <message>
        <source>{problems}; row {row} {why}</source>
        <translation type="unfinished">{problems} ; la ligne {row} {why}</translation>
    </message>
    <message>
        <source>row {row} {why}</source>
        <translation type="unfinished">la ligne {row} {why}</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns (is a comma or tab inside a text without quotes?)</source>
        <translation type="unfinished">a {cells} cellules alors que l&apos;en-tête a {columns} colonnes (une virgule ou une tabulation dans un texte sans guillemets ?)</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation type="unfinished">n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>has a text of {n:,} characters; a text to classify can have at most {most:,}: shorten or split it</source>
        <translation type="unfinished">a un texte de {n:,} caractères ; un texte à classer peut en avoir au plus {most:,} : raccourcissez-le ou découpez-le</translation>
    </message>
    <message>
        <source>has text that is not valid Unicode</source>
        <translation type="unfinished">contient du texte qui n&apos;est pas de l&apos;Unicode valide</translation>
    </message>
    <message>
        <source>has no label</source>
        <translation type="unfinished">n&apos;a pas d&apos;étiquette</translation>
    </message>
    <message>
        <source>Could not write to {name} ({error}); nothing was imported.</source>
        <translation type="unfinished">Impossible d&apos;écrire dans {name} ({error}) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file} ({labels}).</source>
        <translation type="unfinished">{n} exemple de référence sera importé depuis {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file}.</source>
        <translation type="unfinished">{n} exemple de référence sera importé depuis {file}.</translation>
    </message>
    <message>
        <source>has the label “{label}”, which is not one of this project&apos;s labels ({labels})</source>
        <translation type="unfinished">a l&apos;étiquette « {label} », qui ne fait pas partie des étiquettes de ce projet ({labels})</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was imported from {file}. Free some space, then import it again.</source>
        <translation type="unfinished">Le disque est plein, donc rien n&apos;a été importé depuis {file}. Libérez de l&apos;espace, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>generate</source>
        <translation type="unfinished">de génération</translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished">d&apos;entraînement</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation type="unfinished">d&apos;évaluation</translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">d&apos;export</translation>
    </message>
    <message>
        <source>score_teacher</source>
        <translation type="unfinished">d&apos;évaluation du professeur</translation>
    </message>
    <message>
        <source>learning_curve</source>
        <translation type="unfinished">de courbe d&apos;apprentissage</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished">de classement</translation>
    </message>
    <message>
        <source>“{code}” is not a known language code.</source>
        <translation type="unfinished">« {code} » n&apos;est pas un code de langue connu.</translation>
    </message>
    <message>
        <source>Type a language name or code.</source>
        <translation type="unfinished">Saisissez un nom ou un code de langue.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known.</source>
        <translation type="unfinished">Aucune langue nommée « {name} » n&apos;est connue.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known. Did you mean {language}?</source>
        <translation type="unfinished">Aucune langue nommée « {name} » n&apos;est connue. Vouliez-vous dire {language} ?</translation>
    </message>
    <message>
        <source>There is nothing to score the curve on: add gold samples, or more accepted samples.</source>
        <translation type="unfinished">Il n&apos;y a rien sur quoi noter la courbe : ajoutez des échantillons de référence, ou davantage d&apos;échantillons acceptés.</translation>
    </message>
    <message>
        <source>{percent} %: {status}</source>
        <translation type="unfinished">{percent} % : {status}</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels.</source>
        <translation type="unfinished">« {label} » n&apos;est pas une étiquette de ce projet.</translation>
    </message>
    <message>
        <source>A sample&apos;s text cannot be empty.</source>
        <translation type="unfinished">Le texte d&apos;un échantillon ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The target must be at least 1 sample per label.</source>
        <translation type="unfinished">L&apos;objectif doit être d&apos;au moins 1 échantillon par étiquette.</translation>
    </message>
    <message>
        <source>This project has no trained model yet: train a student first.</source>
        <translation type="unfinished">Ce projet n&apos;a pas encore de modèle entraîné : entraînez d&apos;abord un élève.</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}, loss {loss:.3f}</source>
        <translation type="unfinished">époque {epoch}/{epochs}, perte {loss:.3f}</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (settings.json is missing).</source>
        <translation type="unfinished">{folder} n&apos;est pas une tâche d&apos;entraînement Shule (settings.json est absent).</translation>
    </message>
    <message>
        <source>The training job in {folder} has no output/metrics.json: run it again.</source>
        <translation type="unfinished">La tâche d&apos;entraînement dans {folder} n&apos;a pas de output/metrics.json : relancez-la.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: the run may not have saved its model.</source>
        <translation type="unfinished">{folder} n&apos;a pas de config.json : l&apos;exécution n&apos;a peut-être pas enregistré son modèle.</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder for the training job.</source>
        <translation type="unfinished">{folder} existe déjà et n&apos;est pas vide : choisissez un nouveau dossier pour la tâche d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The quick student trains in seconds on this computer: export a training job for a pretrained base model instead.</source>
        <translation type="unfinished">L&apos;élève rapide s&apos;entraîne en quelques secondes sur cet ordinateur : exportez plutôt une tâche d&apos;entraînement pour un modèle de base pré-entraîné.</translation>
    </message>
    <message>
        <source>Name the base model: a folder or a Hugging Face model id.</source>
        <translation type="unfinished">Indiquez le modèle de base : un dossier ou un identifiant de modèle Hugging Face.</translation>
    </message>
    <message>
        <source>{base} is neither a model folder on this computer nor a Hugging Face model id.</source>
        <translation type="unfinished">{base} n&apos;est ni un dossier de modèle sur cet ordinateur ni un identifiant de modèle Hugging Face.</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (its settings.json is not Shule&apos;s).</source>
        <translation type="unfinished">{folder} n&apos;est pas une tâche d&apos;entraînement Shule (son settings.json n&apos;est pas celui de Shule).</translation>
    </message>
    <message>
        <source>The training job in {folder} was written by a newer Shule: update Shule to import it.</source>
        <translation type="unfinished">La tâche d&apos;entraînement dans {folder} a été écrite par une version plus récente de Shule : mettez Shule à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>The training job in {folder} has not finished (output/DONE is missing): run `accelerate launch train.py` there to the end, then import it again.</source>
        <translation type="unfinished">La tâche d&apos;entraînement dans {folder} n&apos;est pas terminée (output/DONE est absent) : lancez-y `accelerate launch train.py` jusqu&apos;au bout, puis importez-la à nouveau.</translation>
    </message>
    <message>
        <source>The data in {folder} was changed after Shule exported it, so Shule cannot tell which samples the model learned from: export a new job.</source>
        <translation type="unfinished">Les données dans {folder} ont été modifiées après leur export par Shule, donc Shule ne peut pas savoir de quels échantillons le modèle a appris : exportez une nouvelle tâche.</translation>
    </message>
    <message>
        <source>The training job has no model folder ({folder}): run it again.</source>
        <translation type="unfinished">La tâche d&apos;entraînement n&apos;a pas de dossier de modèle ({folder}) : relancez-la.</translation>
    </message>
    <message>
        <source>{folder} holds pickled weights ({files}), which can run code when loaded: Shule imports safetensors weights only (save_pretrained(safe_serialization=True)).</source>
        <translation type="unfinished">{folder} contient des poids au format pickle ({files}), qui peuvent exécuter du code au chargement : Shule n&apos;importe que des poids safetensors (save_pretrained(safe_serialization=True)).</translation>
    </message>
    <message>
        <source>{folder} has no model.safetensors: the run may not have saved its model.</source>
        <translation type="unfinished">{folder} n&apos;a pas de model.safetensors : l&apos;exécution n&apos;a peut-être pas enregistré son modèle.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts {predicted}, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">Le modèle dans {folder} prédit {predicted}, et non les étiquettes de la tâche {labels} : relancez la tâche.</translation>
    </message>
    <message>
        <source>copying the base model</source>
        <translation type="unfinished">copie du modèle de base</translation>
    </message>
    <message>
        <source>The job was trained for the labels {labels}, but this project has {project_labels}: import it into the project it was exported from.</source>
        <translation type="unfinished">La tâche a été entraînée pour les étiquettes {labels}, mais ce projet a {project_labels} : importez-la dans le projet depuis lequel elle a été exportée.</translation>
    </message>
    <message>
        <source>The job was exported from another project ({name}): import it into that project.</source>
        <translation type="unfinished">La tâche a été exportée depuis un autre projet ({name}) : importez-la dans ce projet-là.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts no labels, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">Le modèle dans {folder} ne prédit aucune étiquette, au lieu des étiquettes de la tâche {labels} : relancez la tâche.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}): the job folder may be damaged.</source>
        <translation type="unfinished">{path} ne peut pas être lu ({detail}) : le dossier de la tâche est peut-être endommagé.</translation>
    </message>
    <message>
        <source>{path} is missing: copy the whole job folder back, data/ included.</source>
        <translation type="unfinished">{path} est absent : recopiez tout le dossier de la tâche, data/ compris.</translation>
    </message>
    <message>
        <source>This run of the training job is already in the project as model {model_id}.</source>
        <translation type="unfinished">Cette exécution de la tâche d&apos;entraînement est déjà dans le projet, comme modèle {model_id}.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">Professeur</translation>
    </message>
    <message>
        <source>No system keyring is available, so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">Aucun trousseau de clés système n&apos;est disponible, donc la clé d&apos;API a été enregistrée dans {path}, un fichier que seul votre compte utilisateur peut lire. Toute personne qui peut se connecter sous votre nom, ou lire vos sauvegardes, peut aussi la lire.</translation>
    </message>
    <message>
        <source>No system keyring is available: API keys are kept in {path}, a file only your user account can read.</source>
        <translation type="unfinished">Aucun trousseau de clés système n&apos;est disponible : les clés d&apos;API sont conservées dans {path}, un fichier que seul votre compte utilisateur peut lire.</translation>
    </message>
    <message>
        <source>The system keyring refused the key ({kind}), so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">Le trousseau de clés système a refusé la clé ({kind}), donc la clé d&apos;API a été enregistrée dans {path}, un fichier que seul votre compte utilisateur peut lire. Toute personne qui peut se connecter sous votre nom, ou lire vos sauvegardes, peut aussi la lire.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring ({keyring}).</source>
        <translation type="unfinished">Les clés d&apos;API sont conservées dans le trousseau de clés système ({keyring}).</translation>
    </message>
    <message>
        <source>Other users on this computer can read {path}, so Shule will not use the API keys in it. Make it private (chmod 600 {path}) or delete it and enter the keys again.</source>
        <translation type="unfinished">D&apos;autres utilisateurs de cet ordinateur peuvent lire {path}, donc Shule n&apos;utilisera pas les clés d&apos;API qu&apos;il contient. Rendez-le privé (chmod 600 {path}) ou supprimez-le et saisissez à nouveau les clés.</translation>
    </message>
    <message>
        <source>The API key file {path} is damaged; delete it and enter the keys again.</source>
        <translation type="unfinished">Le fichier de clés d&apos;API {path} est endommagé ; supprimez-le et saisissez à nouveau les clés.</translation>
    </message>
    <message>
        <source>Few-shot generation needs real examples: import or accept some samples first.</source>
        <translation type="unfinished">La génération avec exemples a besoin de vrais exemples : importez ou acceptez d&apos;abord quelques échantillons.</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: have the teacher propose them first (shule attributes PROJECT --propose), or add your own.</source>
        <translation type="unfinished">La génération variée a besoin de sujets et de styles : demandez d&apos;abord au professeur d&apos;en proposer (shule attributes PROJECT --propose), ou ajoutez les vôtres.</translation>
    </message>
    <message>
        <source>The teacher&apos;s list of topics and styles could not be read; try again or type your own.</source>
        <translation type="unfinished">La liste de sujets et de styles du professeur n&apos;a pas pu être lue ; réessayez ou saisissez les vôtres.</translation>
    </message>
    <message>
        <source>loading the base model</source>
        <translation type="unfinished">chargement du modèle de base</translation>
    </message>
    <message>
        <source>The weights in {folder} do not match its config.json: the download may be mixed up.</source>
        <translation type="unfinished">Les poids dans {folder} ne correspondent pas à son config.json : le téléchargement est peut-être mélangé.</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} cannot be converted to a fast tokenizer.</source>
        <translation type="unfinished">Le tokenizer dans {folder} ne peut pas être converti en tokenizer rapide.</translation>
    </message>
    <message>
        <source>The model folder {folder} is missing: train the student again.</source>
        <translation type="unfinished">Le dossier du modèle {folder} est introuvable : entraînez l&apos;élève à nouveau.</translation>
    </message>
    <message>
        <source>Shule cannot load the model in {folder}: {detail}</source>
        <translation type="unfinished">Shule ne peut pas charger le modèle dans {folder} : {detail}</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} has no padding token.</source>
        <translation type="unfinished">Le tokenizer dans {folder} n&apos;a pas de jeton de remplissage (padding).</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}/{total} · loss {loss:.2f} · about {time} left</source>
        <translation type="unfinished">époque {epoch} · étape {step}/{total} · perte {loss:.2f} · environ {time} restantes</translation>
    </message>
    <message>
        <source>epoch {epoch}: dev macro-F1 {f1:.2f}</source>
        <translation type="unfinished">époque {epoch} : macro-F1 de validation {f1:.2f}</translation>
    </message>
    <message>
        <source>memory is short: each batch now runs in {parts} parts</source>
        <translation type="unfinished">mémoire insuffisante : chaque lot est maintenant traité en {parts} parties</translation>
    </message>
    <message>
        <source>The model does not fit in memory even one text at a time: choose a smaller base model or a shorter maximum length.</source>
        <translation type="unfinished">Le modèle ne tient pas en mémoire, même un texte à la fois : choisissez un modèle de base plus petit ou une longueur maximale plus courte.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} n&apos;a pas pu être lu comme fichier {format} : vérifiez le fichier, ou enregistrez-le en CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} n&apos;a pas pu être lu comme classeur Excel (.xlsx) : vérifiez le fichier, ou enregistrez-le en CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} n&apos;a pas pu être lu comme fichier Parquet : vérifiez le fichier, ou enregistrez-le en CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} n&apos;a pas pu être lu comme fichier {format} ({error}) : vérifiez le fichier, ou enregistrez-le en CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>Shule cannot read {suffix} files: save {name} as CSV, TSV, TXT, JSONL, XLSX or Parquet and try again.</source>
        <translation type="unfinished">Shule ne peut pas lire les fichiers {suffix} : enregistrez {name} en CSV, TSV, TXT, JSONL, XLSX ou Parquet et réessayez.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} n&apos;a pas pu être lu comme classeur Excel (.xlsx) ({error}) : vérifiez le fichier, ou enregistrez-le en CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">{name} n&apos;a pas pu être lu comme fichier Parquet ({error}) : vérifiez le fichier, ou enregistrez-le en CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} est vide.</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: put the column names in row 1.</source>
        <translation type="unfinished">La première feuille de {name} est vide : mettez les noms des colonnes dans la ligne 1.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished">Il n&apos;y a pas de fichier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: choose a file to import.</source>
        <translation type="unfinished">{path} est un dossier, pas un fichier : choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <translation type="unfinished">Impossible de lire {name} : {error}.</translation>
    </message>
    <message>
        <source>{name} is too big to read into memory: split it into smaller files and import them one by one.</source>
        <translation type="unfinished">{name} est trop gros pour être chargé en mémoire : découpez-le en fichiers plus petits et importez-les un par un.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 or UTF-16 text (byte {byte} does not fit): save it as UTF-8 and try again.</source>
        <translation type="unfinished">{name} n&apos;est pas du texte UTF-8 ou UTF-16 (l&apos;octet {byte} ne convient pas) : enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>{name} is not valid {format} near row {row} ({error}): check its quotes.</source>
        <translation type="unfinished">{name} n&apos;est pas du {format} valide vers la ligne {row} ({error}) : vérifiez ses guillemets.</translation>
    </message>
    <message>
        <source>{name} has no sheets.</source>
        <translation type="unfinished">{name} n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation type="unfinished">{name} n&apos;est pas du JSON valide ({error}).</translation>
    </message>
    <message>
        <source>is not a JSON object ({example})</source>
        <translation type="unfinished">n&apos;est pas un objet JSON ({example})</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation type="unfinished">n&apos;est pas du JSON valide ({error})</translation>
    </message>
    <message>
        <source>There are no gold samples to score the teacher on: add a few gold samples first.</source>
        <translation type="unfinished">Il n&apos;y a pas d&apos;échantillons de référence sur lesquels noter le professeur : ajoutez d&apos;abord quelques échantillons de référence.</translation>
    </message>
    <message>
        <source>This project has no teacher yet: choose one in Teacher settings first.</source>
        <translation type="unfinished">Ce projet n&apos;a pas encore de professeur : choisissez-en un d&apos;abord dans les paramètres du professeur.</translation>
    </message>
    <message>
        <source>{done} of {total} gold texts</source>
        <translation type="unfinished">{done} textes de référence sur {total}</translation>
    </message>
    <message>
        <source>loading the teacher</source>
        <translation type="unfinished">chargement du professeur</translation>
    </message>
    <message>
        <source>Unknown teacher kind “{kind}”.</source>
        <translation type="unfinished">Type de professeur inconnu « {kind} ».</translation>
    </message>
    <message>
        <source>This project&apos;s teacher settings hold an API key, which project files must not: enter the key again in Teacher settings.</source>
        <translation type="unfinished">Les paramètres du professeur de ce projet contiennent une clé d&apos;API, ce que les fichiers de projet ne doivent pas contenir : saisissez à nouveau la clé dans les paramètres du professeur.</translation>
    </message>
    <message>
        <source>The teacher has no server address: set it in Teacher settings.</source>
        <translation type="unfinished">Le professeur n&apos;a pas d&apos;adresse de serveur : indiquez-la dans les paramètres du professeur.</translation>
    </message>
    <message>
        <source>No API key called “{name}” is stored on this computer: enter it in Teacher settings.</source>
        <translation type="unfinished">Aucune clé d&apos;API nommée « {name} » n&apos;est enregistrée sur cet ordinateur : saisissez-la dans les paramètres du professeur.</translation>
    </message>
    <message>
        <source>The server at {url} answers.</source>
        <translation type="unfinished">Le serveur {url} répond.</translation>
    </message>
    <message>
        <source>It accepted the API key.</source>
        <translation type="unfinished">Il a accepté la clé d&apos;API.</translation>
    </message>
    <message>
        <source>It did not ask for an API key.</source>
        <translation type="unfinished">Il n&apos;a pas demandé de clé d&apos;API.</translation>
    </message>
    <message>
        <source>It does not list its models, so the model name could not be checked.</source>
        <translation type="unfinished">Il ne liste pas ses modèles, donc le nom du modèle n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished">Arrêté.</translation>
    </message>
    <message>
        <source>It has no models: load or download one there first.</source>
        <translation type="unfinished">Il n&apos;a aucun modèle : chargez-en ou téléchargez-en un d&apos;abord sur le serveur.</translation>
    </message>
    <message>
        <source>The model {model} is there.</source>
        <translation type="unfinished">Le modèle {model} est bien là.</translation>
    </message>
    <message>
        <source>Asking the model for a test reply failed: {error}</source>
        <translation type="unfinished">La demande d&apos;une réponse d&apos;essai au modèle a échoué : {error}</translation>
    </message>
    <message>
        <source>It has {n} model: {models}.</source>
        <translation type="unfinished">Il a {n} modèle : {models}.</translation>
    </message>
    <message>
        <source>It has {n} models: {models}.</source>
        <translation type="unfinished">Il a {n} modèles : {models}.</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished">serveur llama.cpp</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished">serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation type="unfinished">Il n&apos;y a pas de fichier de modèle à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation type="unfinished">{name} n&apos;est pas un fichier de modèle GGUF.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as a model: {error}</source>
        <translation type="unfinished">{name} n&apos;a pas pu être chargé comme modèle : {error}</translation>
    </message>
    <message>
        <source>The teacher could not answer: {error}</source>
        <translation type="unfinished">Le professeur n&apos;a pas pu répondre : {error}</translation>
    </message>
    <message>
        <source>{first} · {then}</source>
        <translation type="unfinished">{first} · {then}</translation>
    </message>
    <message>
        <source>unknown quantization</source>
        <translation type="unfinished">quantification inconnue</translation>
    </message>
    <message>
        <source>context {n:,} tokens</source>
        <translation type="unfinished">contexte de {n:,} tokens</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation type="unfinished">{size:.1f} Mo</translation>
    </message>
    <message>
        <source>no chat template (ChatML is used)</source>
        <translation type="unfinished">pas de modèle de chat (ChatML est utilisé)</translation>
    </message>
    <message>
        <source>{name} is not a readable GGUF model file: {error}.</source>
        <translation type="unfinished">{name} n&apos;est pas un fichier de modèle GGUF lisible : {error}.</translation>
    </message>
    <message>
        <source>{n:.1f} B parameters</source>
        <translation type="unfinished">{n:.1f} Md de paramètres</translation>
    </message>
    <message>
        <source>{n:.1f} M parameters</source>
        <translation type="unfinished">{n:.1f} M de paramètres</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (OpenAI json_schema).</source>
        <translation type="unfinished">Schéma JSON imposé par le serveur (OpenAI json_schema).</translation>
    </message>
    <message>
        <source>JSON schema enforced by a llama.cpp grammar.</source>
        <translation type="unfinished">Schéma JSON imposé par une grammaire llama.cpp.</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (json_object with a schema).</source>
        <translation type="unfinished">Schéma JSON imposé par le serveur (json_object avec un schéma).</translation>
    </message>
    <message>
        <source>JSON schema enforced by Ollama (its own chat API).</source>
        <translation type="unfinished">Schéma JSON imposé par Ollama (sa propre API de chat).</translation>
    </message>
    <message>
        <source>JSON schema enforced by vLLM guided decoding.</source>
        <translation type="unfinished">Schéma JSON imposé par le décodage guidé de vLLM.</translation>
    </message>
    <message>
        <source>JSON only, schema not enforced: replies will be checked and some discarded.</source>
        <translation type="unfinished">JSON seulement, schéma non imposé : les réponses seront vérifiées et certaines écartées.</translation>
    </message>
    <message>
        <source>No structured output support: replies will be checked but many may be discarded.</source>
        <translation type="unfinished">Pas de prise en charge des sorties structurées : les réponses seront vérifiées mais beaucoup risquent d&apos;être écartées.</translation>
    </message>
    <message>
        <source>The server at {url} failed (HTTP {status}): {detail}</source>
        <translation type="unfinished">Le serveur {url} a échoué (HTTP {status}) : {detail}</translation>
    </message>
    <message>
        <source>The server at {url} is limiting requests (429).</source>
        <translation type="unfinished">Le serveur {url} limite les requêtes (429).</translation>
    </message>
    <message>
        <source>The server at {url} is busy or still loading (503).</source>
        <translation type="unfinished">Le serveur {url} est occupé ou encore en train de charger (503).</translation>
    </message>
    <message>
        <source>The server at {url} refused the request (HTTP {status}): {detail}</source>
        <translation type="unfinished">Le serveur {url} a refusé la requête (HTTP {status}) : {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}; it has: {models}.</source>
        <translation type="unfinished">Le serveur {url} n&apos;a pas de modèle nommé {model} ; il a : {models}.</translation>
    </message>
    <message>
        <source>The server at {url} refused the request.</source>
        <translation type="unfinished">Le serveur {url} a refusé la requête.</translation>
    </message>
    <message>
        <source>Unknown structured output mode “{mode}”; use one of: {modes}.</source>
        <translation type="unfinished">Mode de sortie structurée inconnu « {mode} » ; utilisez l&apos;un de ceux-ci : {modes}.</translation>
    </message>
    <message>
        <source>Gave up after {n} retries.</source>
        <translation type="unfinished">Abandon après {n} nouvelles tentatives.</translation>
    </message>
    <message>
        <source>The server at {url} needs an API key (401): add one in Teacher settings.</source>
        <translation type="unfinished">Le serveur {url} nécessite une clé d&apos;API (401) : ajoutez-en une dans les paramètres du professeur.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use this model. {detail}</source>
        <translation type="unfinished">Le serveur {url} a refusé l&apos;accès (403) : la clé d&apos;API n&apos;a peut-être pas le droit d&apos;utiliser ce modèle. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no OpenAI-compatible API there (404): check the address; it usually ends in /v1.</source>
        <translation type="unfinished">Le serveur {url} n&apos;a pas d&apos;API compatible OpenAI à cette adresse (404) : vérifiez l&apos;adresse ; elle se termine généralement par /v1.</translation>
    </message>
    <message>
        <source>The server at {url} has no models: load or download one there first.</source>
        <translation type="unfinished">Le serveur {url} n&apos;a aucun modèle : chargez-en ou téléchargez-en un d&apos;abord sur le serveur.</translation>
    </message>
    <message>
        <source>Choose a model: the server at {url} has: {models}.</source>
        <translation type="unfinished">Choisissez un modèle : le serveur {url} a : {models}.</translation>
    </message>
    <message>
        <source>The server at {url} did not answer within {seconds:.0f} s.</source>
        <translation type="unfinished">Le serveur {url} n&apos;a pas répondu dans les {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply larger than {mb} MB; it was not read.</source>
        <translation type="unfinished">Le serveur {url} a envoyé une réponse de plus de {mb} Mo ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url}: is it running, and is the address right?</source>
        <translation type="unfinished">Impossible de joindre le serveur {url} : est-il lancé, et l&apos;adresse est-elle correcte ?</translation>
    </message>
    <message>
        <source>The connection to {url} broke ({kind}) before the reply was complete.</source>
        <translation type="unfinished">La connexion à {url} s&apos;est coupée ({kind}) avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The server refused the API key (401): check the key in Teacher settings.</source>
        <translation type="unfinished">Le serveur a refusé la clé d&apos;API (401) : vérifiez la clé dans les paramètres du professeur.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use {model}. {detail}</source>
        <translation type="unfinished">Le serveur {url} a refusé l&apos;accès (403) : la clé d&apos;API n&apos;a peut-être pas le droit d&apos;utiliser {model}. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}: {detail}</source>
        <translation type="unfinished">Le serveur {url} n&apos;a pas de modèle nommé {model} : {detail}</translation>
    </message>
    <message>
        <source>The server at {url} does not list its models: type the model&apos;s name in Teacher settings.</source>
        <translation type="unfinished">Le serveur {url} ne liste pas ses modèles : saisissez le nom du modèle dans les paramètres du professeur.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not a chat completion.</source>
        <translation type="unfinished">Le serveur {url} a envoyé une réponse qui n&apos;est pas une réponse de chat.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not valid JSON.</source>
        <translation type="unfinished">Le serveur {url} a envoyé une réponse qui n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>It asks to wait {seconds:.0f} s; try again later.</source>
        <translation type="unfinished">Il demande d&apos;attendre {seconds:.0f} s ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>training the quick student</source>
        <translation type="unfinished">entraînement de l&apos;élève rapide</translation>
    </message>
    <message>
        <source>saving the model</source>
        <translation type="unfinished">enregistrement du modèle</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} labels ready now.</source>
        <translation type="unfinished">Vous pourrez entraîner quand au moins {min_labels} étiquettes auront des échantillons acceptés (au moins {min_per_label} chacune ; les échantillons de référence ne comptent pas) : {n} étiquettes prêtes pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{folder} has no model weights (model.safetensors): the download may be incomplete.</source>
        <translation type="unfinished">{folder} n&apos;a pas de poids de modèle (model.safetensors) : le téléchargement est peut-être incomplet.</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} label ready now.</source>
        <translation type="unfinished">Vous pourrez entraîner quand au moins {min_labels} étiquettes auront des échantillons acceptés (au moins {min_per_label} chacune ; les échantillons de référence ne comptent pas) : {n} étiquette prête pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{folder} has its weights only as pytorch_model.bin, a pickle that can run code when loaded: Shule loads model.safetensors only. Use the safetensors version of this model, or convert it.</source>
        <translation type="unfinished">{folder} n&apos;a ses poids qu&apos;au format pytorch_model.bin, un pickle qui peut exécuter du code au chargement : Shule ne charge que model.safetensors. Utilisez la version safetensors de ce modèle, ou convertissez-le.</translation>
    </message>
    <message>
        <source>The model folder {folder} does not exist.</source>
        <translation type="unfinished">Le dossier de modèle {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose the folder that holds the model.</source>
        <translation type="unfinished">{folder} est un fichier : choisissez le dossier qui contient le modèle.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: choose the folder of a downloaded Hugging Face model.</source>
        <translation type="unfinished">{folder} n&apos;a pas de config.json : choisissez le dossier d&apos;un modèle Hugging Face téléchargé.</translation>
    </message>
    <message>
        <source>The config.json in {folder} is damaged or does not name a model type.</source>
        <translation type="unfinished">Le config.json dans {folder} est endommagé ou n&apos;indique pas de type de modèle.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer (tokenizer.json or vocabulary files): the download may be incomplete.</source>
        <translation type="unfinished">{folder} n&apos;a pas de tokenizer (tokenizer.json ou fichiers de vocabulaire) : le téléchargement est peut-être incomplet.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished">{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished">{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished">{minutes} min</translation>
    </message>
    <message>
        <source>The disk is full, so the trained model could not be saved: no model was added, and the project and its earlier models are as they were. Free some space, then try again.</source>
        <translation type="unfinished">Le disque est plein, donc le modèle entraîné n&apos;a pas pu être enregistré : aucun modèle n&apos;a été ajouté, et le projet et ses modèles précédents sont tels qu&apos;ils étaient. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack (PyTorch and transformers, about 1 GB; 4 GB with NVIDIA GPU support), which is not installed: install it from the Train page, or with `shule training-pack install`. The quick student needs no pack.</source>
        <translation type="unfinished">Affiner un élève pré-entraîné nécessite le pack d&apos;entraînement de Shule (PyTorch et transformers, environ 1 Go ; 4 Go avec la prise en charge des GPU NVIDIA), qui n&apos;est pas installé : installez-le depuis la page Entraîner, ou avec `shule training-pack install`. L&apos;élève rapide n&apos;a besoin d&apos;aucun pack.</translation>
    </message>
    <message>
        <source>Installing the training pack failed. pip said: {said}</source>
        <translation type="unfinished">L&apos;installation du pack d&apos;entraînement a échoué. Message de pip : {said}</translation>
    </message>
    <message>
        <source>the training pack is installed</source>
        <translation type="unfinished">le pack d&apos;entraînement est installé</translation>
    </message>
    <message>
        <source>The disk filled up while installing the training pack: free some space, then try again.</source>
        <translation type="unfinished">Le disque s&apos;est rempli pendant l&apos;installation du pack d&apos;entraînement : libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The folder of wheels lacks some of what the training pack needs: make the offline bundle again with its wheels. pip said: {said}</source>
        <translation type="unfinished">Il manque au dossier de wheels une partie de ce dont le pack d&apos;entraînement a besoin : refaites l&apos;archive hors ligne avec ses wheels. Message de pip : {said}</translation>
    </message>
    <message>
        <source>The training pack could not be downloaded: check the internet connection (behind a proxy, set HTTPS_PROXY), or install it from an offline bundle. pip said: {said}</source>
        <translation type="unfinished">Le pack d&apos;entraînement n&apos;a pas pu être téléchargé : vérifiez la connexion internet (derrière un proxy, réglez HTTPS_PROXY), ou installez-le depuis une archive hors ligne. Message de pip : {said}</translation>
    </message>
    <message>
        <source>There is no {variant} training pack: choose cpu or cuda.</source>
        <translation type="unfinished">Il n&apos;y a pas de pack d&apos;entraînement {variant} : choisissez cpu ou cuda.</translation>
    </message>
    <message>
        <source>Installing the training pack needs about {need} of free disk space in {where}; there are {free}. Free some space, then try again.</source>
        <translation type="unfinished">L&apos;installation du pack d&apos;entraînement nécessite environ {need} d&apos;espace disque libre dans {where} ; il y en a {free}. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no folder of wheels at {path}.</source>
        <translation type="unfinished">Il n&apos;y a pas de dossier de wheels à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>starting pip</source>
        <translation type="unfinished">démarrage de pip</translation>
    </message>
    <message>
        <source>ranking {n} texts</source>
        <translation type="unfinished">classement de {n} textes</translation>
    </message>
    <message>
        <source>The disk is full, so the {kind} step stopped. Free some space, then try again.</source>
        <translation type="unfinished">Le disque est plein, donc l&apos;étape {kind} s&apos;est arrêtée. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Create project</source>
        <translation type="unfinished">Créer un projet</translation>
    </message>
    <message>
        <source>Shule projects (*.shule)</source>
        <translation type="unfinished">Projets Shule (*.shule)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished">Ouvrir un projet</translation>
    </message>
    <message>
        <source>Shule projects (*.shule);;All files (*)</source>
        <translation type="unfinished">Projets Shule (*.shule);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a teacher model</source>
        <translation type="unfinished">Choisir un modèle professeur</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished">Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose your texts</source>
        <translation type="unfinished">Choisir vos textes</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished">Textes (*.txt *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished">Importer des données</translation>
    </message>
    <message>
        <source>Tables and texts (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV or TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Text, one per line (*.txt);;All files (*)</source>
        <translation type="unfinished">Tableaux et textes (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV ou TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Texte, un par ligne (*.txt);;Tous les fichiers (*)</translation>
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
        <translation type="unfinished">Un nouveau dossier (*)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">Exporter les données</translation>
    </message>
    <message>
        <source>Save the exported model as a zip file</source>
        <translation type="unfinished">Enregistrer le modèle exporté dans un fichier zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
