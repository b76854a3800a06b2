<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished">Temas</translation>
    </message>
    <message>
        <source>What the texts are about</source>
        <translation type="unfinished">De qué tratan los textos</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished">Situaciones</translation>
    </message>
    <message>
        <source>Who writes, where, to whom</source>
        <translation type="unfinished">Quién escribe, dónde y a quién</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished">Registros</translation>
    </message>
    <message>
        <source>Formal, casual, slang…</source>
        <translation type="unfinished">Formal, informal, jerga…</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation type="unfinished">Estilos</translation>
    </message>
    <message>
        <source>A text message, a headline…</source>
        <translation type="unfinished">Un mensaje de texto, un titular…</translation>
    </message>
    <message>
        <source>Ask the teacher to propose</source>
        <translation type="unfinished">Pedir propuestas al maestro</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Guardar</translation>
    </message>
    <message>
        <source>One entry a line. Every label meets every combination before any repeats.</source>
        <translation type="unfinished">Una entrada por línea. Cada etiqueta pasa por todas las combinaciones antes de que alguna se repita.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished">Aún no se ha guardado.</translation>
    </message>
    <message>
        <source>None yet: ask the teacher, or type your own.</source>
        <translation type="unfinished">Ninguno todavía: pídalos al maestro o escriba los suyos.</translation>
    </message>
    <message>
        <source>Saved: {n} combinations.</source>
        <translation type="unfinished">Guardado: {n} combinaciones.</translation>
    </message>
</context>
<context>
    <name>AutoLearningRate</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished">automática</translation>
    </message>
</context>
<context>
    <name>BaseChooser</name>
    <message>
        <source>Student</source>
        <translation type="unfinished">Alumno</translation>
    </message>
    <message>
        <source>Recommended, not on this computer (type an id below to download one):</source>
        <translation type="unfinished">Recomendados, no están en esta computadora (escriba un id abajo para descargar uno):</translation>
    </message>
    <message>
        <source>Other model folder…</source>
        <translation type="unfinished">Otra carpeta de modelo…</translation>
    </message>
    <message>
        <source>or a Hugging Face model id, e.g. FacebookAI/xlm-roberta-base</source>
        <translation type="unfinished">o un id de modelo de Hugging Face, p. ej. FacebookAI/xlm-roberta-base</translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation type="unfinished">Id de modelo de Hugging Face</translation>
    </message>
    <message>
        <source>Use this id</source>
        <translation type="unfinished">Usar este id</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished">Recomendación</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">Alumno rápido</translation>
    </message>
    <message>
        <source>Quick student — character n-grams, trains in seconds on any computer, works for any script</source>
        <translation type="unfinished">Alumno rápido: n-gramas de caracteres, se entrena en segundos en cualquier computadora y sirve para cualquier escritura</translation>
    </message>
    <message>
        <source>Downloaded when training starts (about {mb} MB).</source>
        <translation type="unfinished">Se descarga al empezar el entrenamiento (unos {mb} MB).</translation>
    </message>
    <message>
        <source>Downloaded when training starts.</source>
        <translation type="unfinished">Se descarga al empezar el entrenamiento.</translation>
    </message>
    <message>
        <source>{name} ({id}): {params:.0f} M parameters, {mb} MB, licence {licence}. {languages}. {notes}
Not downloaded: type its id to download.</source>
        <translation type="unfinished">{name} ({id}): {params:.0f} M parámetros, {mb} MB, licencia {licence}. {languages}. {notes}
No descargado: escriba su id para descargarlo.</translation>
    </message>
    <message>
        <source>Choose the folder of a pretrained model</source>
        <translation type="unfinished">Elija la carpeta de un modelo preentrenado</translation>
    </message>
    <message>
        <source>{text} is neither a model folder nor a Hugging Face model id (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">{text} no es ni una carpeta de modelo ni un id de modelo de Hugging Face (como FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished">buena</translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished">aceptable</translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished">mala</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Revisar</translation>
    </message>
    <message>
        <source>Let the teacher&apos;s examples be chosen as usual for {n} samples?</source>
        <translation type="unfinished">¿Dejar que los ejemplos del maestro se elijan como de costumbre para {n} muestras?</translation>
    </message>
    <message>
        <source>Accept {n} samples?</source>
        <translation type="unfinished">¿Aceptar {n} muestras?</translation>
    </message>
    <message>
        <source>Reject {n} samples as “{reason}”?</source>
        <translation type="unfinished">¿Rechazar {n} muestras por “{reason}”?</translation>
    </message>
    <message>
        <source>Relabel {n} samples as “{label}”?</source>
        <translation type="unfinished">¿Cambiar la etiqueta de {n} muestras a “{label}”?</translation>
    </message>
    <message>
        <source>Pin {n} samples as examples for the teacher?</source>
        <translation type="unfinished">¿Fijar {n} muestras como ejemplos para el maestro?</translation>
    </message>
    <message>
        <source>Exclude {n} samples from the teacher&apos;s examples?</source>
        <translation type="unfinished">¿Excluir {n} muestras de los ejemplos del maestro?</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Aceptar</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished">Rechazar…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation type="unfinished">Cambiar etiqueta…</translation>
    </message>
    <message>
        <source>Teacher examples…</source>
        <translation type="unfinished">Ejemplos del maestro…</translation>
    </message>
    <message>
        <source>Pin as examples for the teacher</source>
        <translation type="unfinished">Fijar como ejemplos para el maestro</translation>
    </message>
    <message>
        <source>Exclude from the teacher&apos;s examples</source>
        <translation type="unfinished">Excluir de los ejemplos del maestro</translation>
    </message>
    <message>
        <source>Neither: chosen as usual</source>
        <translation type="unfinished">Ninguna de las dos: se eligen como de costumbre</translation>
    </message>
    <message>
        <source>{n} selected:</source>
        <translation type="unfinished">{n} seleccionadas:</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatMap</name>
    <message>
        <source>Confusion matrix: true labels by row, predicted by column</source>
        <translation type="unfinished">Matriz de confusión: etiquetas reales por fila, predichas por columna</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {n} ({p} % of {true})</source>
        <translation type="unfinished">real {true}, predicha {predicted}: {n} ({p} % de {true})</translation>
    </message>
    <message>
        <source>The confusion matrix appears here after an evaluation.</source>
        <translation type="unfinished">La matriz de confusión aparece aquí después de una evaluación.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished">predicha</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">real</translation>
    </message>
</context>
<context>
    <name>CoverageCheck</name>
    <message>
        <source>No pretrained base is on this computer yet: the quick student works for any script. Choose a model folder or type a model id to check how well a base covers {language}.</source>
        <translation type="unfinished">Todavía no hay ninguna base preentrenada en esta computadora: el alumno rápido sirve para cualquier escritura. Elija una carpeta de modelo o escriba un id de modelo para comprobar qué tan bien cubre una base el {language}.</translation>
    </message>
    <message>
        <source>Checking how well each base covers {language}…</source>
        <translation type="unfinished">Comprobando qué tan bien cubre cada base el {language}…</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: once samples are generated or texts are imported, each base&apos;s coverage of the language is checked here.</source>
        <translation type="unfinished">Todavía no hay textos en {language}: cuando se generen muestras o se importen textos, aquí se comprobará qué tan bien cubre cada base el idioma.</translation>
    </message>
</context>
<context>
    <name>DemosDialog</name>
    <message>
        <source>your example</source>
        <translation type="unfinished">su ejemplo</translation>
    </message>
    <message>
        <source>your text, labelled by the teacher</source>
        <translation type="unfinished">su texto, etiquetado por el maestro</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">generada</translation>
    </message>
    <message>
        <source>Examples the teacher sees</source>
        <extracomment>A choice was stored: the page&apos;s line should count again.</extracomment>
        <translation type="unfinished">Ejemplos que ve el maestro</translation>
    </message>
    <message>
        <source>With few-shot generation the teacher sees these accepted samples as examples, {n} per label. Pin a sample to always show it; exclude one to never show it. The rest are picked to differ from each other, your own texts first.</source>
        <translation type="unfinished">Con la generación con ejemplos (few-shot), el maestro ve estas muestras aceptadas como ejemplos, {n} por etiqueta. Fije una muestra para mostrarla siempre; exclúyala para no mostrarla nunca. Las demás se eligen para que sean distintas entre sí, primero sus propios textos.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished">Fijar</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished">Excluir</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Etiqueta</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Origen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texto</translation>
    </message>
</context>
<context>
    <name>DemosLine</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Elegir…</translation>
    </message>
    <message>
        <source>Examples the teacher sees: {n} per label</source>
        <translation type="unfinished">Ejemplos que ve el maestro: {n} por etiqueta</translation>
    </message>
    <message>
        <source>({n} pinned)</source>
        <translation type="unfinished">({n} fijadas)</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <source>unusable characters</source>
        <extracomment>Every reason core records (core.filters, core.generation, core.annotation), in words.</extracomment>
        <translation type="unfinished">caracteres inservibles</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation type="unfinished">texto vacío</translation>
    </message>
    <message>
        <source>text too short</source>
        <translation type="unfinished">texto demasiado corto</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation type="unfinished">texto demasiado largo</translation>
    </message>
    <message>
        <source>same as an earlier text</source>
        <translation type="unfinished">igual a un texto anterior</translation>
    </message>
    <message>
        <source>almost the same as an earlier text</source>
        <translation type="unfinished">casi igual a un texto anterior</translation>
    </message>
    <message>
        <source>copies one of your examples</source>
        <translation type="unfinished">copia uno de sus ejemplos</translation>
    </message>
    <message>
        <source>written in the wrong script</source>
        <translation type="unfinished">escrito con otra escritura</translation>
    </message>
    <message>
        <source>not in the project&apos;s language</source>
        <translation type="unfinished">no está en el idioma del proyecto</translation>
    </message>
    <message>
        <source>cut off (too long)</source>
        <translation type="unfinished">cortado (demasiado largo)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished">JSON no válido</translation>
    </message>
    <message>
        <source>wrong reply format</source>
        <translation type="unfinished">formato de respuesta incorrecto</translation>
    </message>
    <message>
        <source>unknown label</source>
        <translation type="unfinished">etiqueta desconocida</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">etiqueta incorrecta</translation>
    </message>
    <message>
        <source>not needed: the label already had enough</source>
        <translation type="unfinished">no hacía falta: la etiqueta ya tenía suficientes</translation>
    </message>
    <message>
        <source>the teacher did not answer</source>
        <translation type="unfinished">el maestro no respondió</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: does not fit the label</source>
        <translation type="unfinished">revisión del maestro: no corresponde a la etiqueta</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: not in the language</source>
        <translation type="unfinished">revisión del maestro: no está en el idioma</translation>
    </message>
    <message>
        <source>the teacher&apos;s check could not be read</source>
        <translation type="unfinished">no se pudo leer la revisión del maestro</translation>
    </message>
    <message>
        <source>the teacher&apos;s label could not be read</source>
        <translation type="unfinished">no se pudo leer la etiqueta del maestro</translation>
    </message>
</context>
<context>
    <name>DiscardsDialog</name>
    <message>
        <source>Discarded replies</source>
        <translation type="unfinished">Respuestas descartadas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Etiqueta</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Detalle</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished">Respuesta</translation>
    </message>
    <message>
        <source>Choose a row to see the whole reply.</source>
        <translation type="unfinished">Elija una fila para ver la respuesta completa.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Mostrar</translation>
    </message>
    <message>
        <source>Every reason ({n})</source>
        <translation type="unfinished">Todos los motivos ({n})</translation>
    </message>
    <message>
        <source>the newest {n}</source>
        <translation type="unfinished">las {n} más recientes</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation type="unfinished">{n} mostradas</translation>
    </message>
    <message>
        <source>(no reply: {detail})</source>
        <translation type="unfinished">(sin respuesta: {detail})</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Score</source>
        <translation type="unfinished">Evaluar</translation>
    </message>
    <message>
        <source>Compare your students with the teacher on your gold examples — texts you labelled yourself. Score the teacher once, then score each new student; a student that beats the teacher is worth exporting.</source>
        <translation type="unfinished">Compare sus alumnos con el maestro usando sus ejemplos de referencia, textos que usted mismo etiquetó. Evalúe al maestro una vez y luego a cada alumno nuevo; un alumno que supera al maestro vale la pena exportarlo.</translation>
    </message>
    <message>
        <source>There are no gold examples yet. On the Review page press “Add a gold example…” for a few texts of each label as your users write them, or import a file of labelled texts as gold examples (File › Import data…, or “shule import PROJECT FILE --as gold”).</source>
        <translation type="unfinished">Todavía no hay ejemplos de referencia. En la página Revisar, pulse “Agregar un ejemplo de referencia…” para algunos textos de cada etiqueta tal como los escriben sus usuarios, o importe un archivo de textos etiquetados como ejemplos de referencia (Archivo › Importar datos…, o “shule import PROJECT FILE --as gold”).</translation>
    </message>
    <message>
        <source>Score the teacher</source>
        <translation type="unfinished">Evaluar al maestro</translation>
    </message>
    <message>
        <source>Ask the teacher to label every gold text, as if it were the classifier</source>
        <translation type="unfinished">Pedir al maestro que etiquete cada texto de referencia, como si fuera el clasificador</translation>
    </message>
    <message>
        <source>Score students</source>
        <translation type="unfinished">Evaluar alumnos</translation>
    </message>
    <message>
        <source>Score every student that has no score on the current gold set, one after another</source>
        <translation type="unfinished">Evaluar uno tras otro a cada alumno que no tenga puntuación en el conjunto de referencia actual</translation>
    </message>
    <message>
        <source>Scoring stopped.</source>
        <translation type="unfinished">Evaluación detenida.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished">Veredicto</translation>
    </message>
    <message>
        <source>Scores are macro-F1 on your gold examples: the average, over labels, of how well each label is found; 1.0 is perfect. 10 points are 0.10.</source>
        <translation type="unfinished">Las puntuaciones son macro-F1 sobre sus ejemplos de referencia: el promedio, entre las etiquetas, de qué tan bien se encuentra cada una; 1.0 es perfecto. 10 puntos son 0.10.</translation>
    </message>
    <message>
        <source>macro-F1 per model; the dashed line is the teacher&apos;s score</source>
        <translation type="unfinished">macro-F1 por modelo; la línea discontinua es la puntuación del maestro</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation type="unfinished">macro-F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished">Exactitud</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation type="unfinished">Muestras de entrenamiento</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">Tamaño en disco</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">Tiempo por texto</translation>
    </message>
    <message>
        <source>Scored on</source>
        <translation type="unfinished">Evaluado con</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished">Tabla de puntuaciones</translation>
    </message>
    <message>
        <source>macro-F1: the average, over labels, of how well each label is found: 1.0 is perfect. A rare label counts as much as a common one.</source>
        <translation type="unfinished">macro-F1: el promedio, entre las etiquetas, de qué tan bien se encuentra cada una: 1.0 es perfecto. Una etiqueta poco frecuente cuenta tanto como una común.</translation>
    </message>
    <message>
        <source>Accuracy: the share of gold texts given the right label.</source>
        <translation type="unfinished">Exactitud: la proporción de textos de referencia que reciben la etiqueta correcta.</translation>
    </message>
    <message>
        <source>Latency: how long the model takes to label one text on this computer.</source>
        <translation type="unfinished">Latencia: cuánto tarda el modelo en etiquetar un texto en esta computadora.</translation>
    </message>
    <message>
        <source>What the model takes on disk (the teacher&apos;s file, when it is local).</source>
        <translation type="unfinished">Lo que ocupa el modelo en disco (el archivo del maestro, cuando es local).</translation>
    </message>
    <message>
        <source>How many samples the student was trained on, by where they came from.</source>
        <translation type="unfinished">Con cuántas muestras se entrenó el alumno, según su origen.</translation>
    </message>
    <message>
        <source>Teacher: </source>
        <translation type="unfinished">Maestro: </translation>
    </message>
    <message>
        <source>Teacher scored.</source>
        <translation type="unfinished">Maestro evaluado.</translation>
    </message>
    <message>
        <source>student {i} of {n} · </source>
        <translation type="unfinished">alumno {i} de {n} · </translation>
    </message>
    <message>
        <source>1 student scored.</source>
        <translation type="unfinished">1 alumno evaluado.</translation>
    </message>
    <message>
        <source>{n} students scored.</source>
        <translation type="unfinished">{n} alumnos evaluados.</translation>
    </message>
    <message>
        <source>Add gold examples first: there is nothing to score on.</source>
        <translation type="unfinished">Primero agregue ejemplos de referencia: no hay nada con qué evaluar.</translation>
    </message>
    <message>
        <source>Choose a teacher to score it.</source>
        <translation type="unfinished">Elija un maestro para evaluarlo.</translation>
    </message>
    <message>
        <source>Train a student to score it.</source>
        <translation type="unfinished">Entrene un alumno para evaluarlo.</translation>
    </message>
    <message>
        <source>Every student is scored on the current gold set.</source>
        <translation type="unfinished">Todos los alumnos están evaluados con el conjunto de referencia actual.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">aún sin evaluar</translation>
    </message>
    <message>
        <source>{n} gold texts</source>
        <translation type="unfinished">{n} textos de referencia</translation>
    </message>
    <message>
        <source>gold set changed since: score again</source>
        <translation type="unfinished">el conjunto de referencia cambió desde entonces: evalúe de nuevo</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">Alumno rápido</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">maestro</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">alumno</translation>
    </message>
    <message>
        <source>Rows marked “score again” were scored on an earlier gold set and are left out of this comparison.</source>
        <translation type="unfinished">Las filas marcadas con “evalúe de nuevo” se evaluaron con un conjunto de referencia anterior y quedan fuera de esta comparación.</translation>
    </message>
    <message>
        <source>{name} (teacher)</source>
        <translation type="unfinished">{name} (maestro)</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s} against the teacher&apos;s {t}</source>
        <translation type="unfinished">El mejor alumno, {name}, obtiene {s} frente a {t} del maestro</translation>
    </message>
    <message>
        <source>: 1 point better.</source>
        <translation type="unfinished">: 1 punto más.</translation>
    </message>
    <message>
        <source>Nothing is scored on the current gold set yet: score the teacher and your students.</source>
        <translation type="unfinished">Todavía no hay nada evaluado con el conjunto de referencia actual: evalúe al maestro y a sus alumnos.</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished">{ms} ms</translation>
    </message>
    <message>
        <source>The teacher scores {t}. Score your students to compare them with it.</source>
        <translation type="unfinished">El maestro obtiene {t}. Evalúe a sus alumnos para compararlos con él.</translation>
    </message>
    <message>
        <source>: as good, not yet better. Review more samples or train a larger student.</source>
        <translation type="unfinished">: igual de bueno, aún no mejor. Revise más muestras o entrene un alumno más grande.</translation>
    </message>
    <message>
        <source>: not yet better than the teacher. Review more samples or train a larger student.</source>
        <translation type="unfinished">: aún no es mejor que el maestro. Revise más muestras o entrene un alumno más grande.</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s}. Score the teacher to see whether the student beats it.</source>
        <translation type="unfinished">El mejor alumno, {name}, obtiene {s}. Evalúe al maestro para ver si el alumno lo supera.</translation>
    </message>
    <message>
        <source>: {points} points better.</source>
        <translation type="unfinished">: {points} puntos más.</translation>
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
        <translation type="unfinished">Una tabla con las columnas text, label, source, id y split; se abre en cualquier hoja de cálculo.</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished">JSON Lines</translation>
    </message>
    <message>
        <source>One JSON object per line, with text, label, source, id and split.</source>
        <translation type="unfinished">Un objeto JSON por línea, con text, label, source, id y split.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">Libro de Excel</translation>
    </message>
    <message>
        <source>One sheet with the columns text, label, source, id and split.</source>
        <translation type="unfinished">Una hoja con las columnas text, label, source, id y split.</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation type="unfinished">Parquet</translation>
    </message>
    <message>
        <source>A compact column file for pandas, Polars or Spark.</source>
        <translation type="unfinished">Un archivo compacto por columnas para pandas, Polars o Spark.</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation type="unfinished">Carpeta de conjunto de datos de Hugging Face</translation>
    </message>
    <message>
        <source>A folder with train, validation and test files and a dataset card (README.md), ready to upload.</source>
        <translation type="unfinished">Una carpeta con archivos de entrenamiento, validación y prueba y una ficha del conjunto de datos (README.md), lista para subir.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">Exportar datos</translation>
    </message>
    <message>
        <source>1 accepted sample</source>
        <translation type="unfinished">1 muestra aceptada</translation>
    </message>
    <message>
        <source>{n} accepted samples</source>
        <translation type="unfinished">{n} muestras aceptadas</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">1 ejemplo de referencia</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">{n} ejemplos de referencia</translation>
    </message>
    <message>
        <source>Include the gold examples (as the test split)</source>
        <translation type="unfinished">Incluir los ejemplos de referencia (como partición de prueba)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Elegir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Exportar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished">Datos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Formato</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">Guardar en</translation>
    </message>
    <message>
        <source>Choose where to save the data.</source>
        <translation type="unfinished">Elija dónde guardar los datos.</translation>
    </message>
    <message>
        <source>Written to the folder {path} (train, validation and test files and README.md).</source>
        <translation type="unfinished">Se guardó en la carpeta {path} (archivos de entrenamiento, validación y prueba y README.md).</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished">Se guardó en {path}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <extracomment>An export finished: the bundle&apos;s folder. The user asked to try the exported model (the window shows the Try it step).</extracomment>
        <translation type="unfinished">Exportar</translation>
    </message>
    <message>
        <source>Save a trained model as a folder that runs offline on any computer with onnxruntime, and see how fast and how good each version of it is.</source>
        <translation type="unfinished">Guarde un modelo entrenado como una carpeta que funciona sin conexión en cualquier computadora con onnxruntime, y vea qué tan rápida y qué tan buena es cada versión.</translation>
    </message>
    <message>
        <source>Choose where to save the exported model</source>
        <translation type="unfinished">Elija dónde guardar el modelo exportado</translation>
    </message>
    <message>
        <source>Folder for the exported model</source>
        <translation type="unfinished">Carpeta para el modelo exportado</translation>
    </message>
    <message>
        <source>Also make a small int8 version (faster on CPUs)</source>
        <translation type="unfinished">Crear también una versión pequeña int8 (más rápida en CPU)</translation>
    </message>
    <message>
        <source>Largest accuracy loss allowed for int8</source>
        <translation type="unfinished">Mayor pérdida de exactitud permitida para int8</translation>
    </message>
    <message>
        <source> points of macro-F1</source>
        <translation type="unfinished"> puntos de macro-F1</translation>
    </message>
    <message>
        <source>Macro-F1 says how well a model labels texts: the share it gets right, averaged over the labels so that a rare label counts as much as a common one (100 points is perfect). If the small version scores more points lower than this, Shule recommends the full one.</source>
        <translation type="unfinished">La macro-F1 indica qué tan bien etiqueta textos un modelo: la proporción de aciertos, promediada entre las etiquetas para que una etiqueta poco frecuente cuente tanto como una común (100 puntos es perfecto). Si la versión pequeña obtiene más puntos por debajo que esto, Shule recomienda la completa.</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation type="unfinished">Exportación detenida.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished">Se guardó {path}.</translation>
    </message>
    <message>
        <source>For a field device</source>
        <translation type="unfinished">Para un dispositivo de campo</translation>
    </message>
    <message>
        <source>Install once:</source>
        <translation type="unfinished">Instalar una vez:</translation>
    </message>
    <message>
        <source>Then run:</source>
        <translation type="unfinished">Luego ejecutar:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Abrir carpeta</translation>
    </message>
    <message>
        <source>Save as zip…</source>
        <translation type="unfinished">Guardar como zip…</translation>
    </message>
    <message>
        <source>Try it…</source>
        <translation type="unfinished">Probarlo…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">Guardar en</translation>
    </message>
    <message>
        <source>The small version may lose at most</source>
        <translation type="unfinished">La versión pequeña puede perder como máximo</translation>
    </message>
    <message>
        <source>Choose a folder to save the exported model in.</source>
        <translation type="unfinished">Elija una carpeta donde guardar el modelo exportado.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation type="unfinished">Guardando {path}…</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>Checked on {n} gold examples (labelled by you).</source>
        <translation type="unfinished">Comprobado con {n} ejemplos de referencia (etiquetados por usted).</translation>
    </message>
    <message>
        <source>Checked on {n} held-out samples the model did not learn from.</source>
        <translation type="unfinished">Comprobado con {n} muestras reservadas de las que el modelo no aprendió.</translation>
    </message>
    <message>
        <source>Checked on {n} unlabelled texts: they show whether the versions agree, not how good they are (no macro-F1).</source>
        <translation type="unfinished">Comprobado con {n} textos sin etiqueta: muestran si las versiones coinciden, no qué tan buenas son (sin macro-F1).</translation>
    </message>
    <message>
        <source>Warning from the export: {code} ({details}).</source>
        <translation type="unfinished">Aviso de la exportación: {code} ({details}).</translation>
    </message>
    <message>
        <source>Copy these files from {folder} to the device, into one folder: {files}.</source>
        <translation type="unfinished">Copie estos archivos de {folder} al dispositivo, en una misma carpeta: {files}.</translation>
    </message>
    <message>
        <source>Size of the model file: what a device must store and load.</source>
        <translation type="unfinished">Tamaño del archivo del modelo: lo que un dispositivo debe almacenar y cargar.</translation>
    </message>
    <message>
        <source>Milliseconds to label one text on this computer (one text at a time).</source>
        <translation type="unfinished">Milisegundos para etiquetar un texto en esta computadora (un texto a la vez).</translation>
    </message>
    <message>
        <source>Texts labelled per second on this computer, 32 at a time.</source>
        <translation type="unfinished">Textos etiquetados por segundo en esta computadora, 32 a la vez.</translation>
    </message>
    <message>
        <source>How often this version gives the same label: the full model against the trained model, the small model against the full model.</source>
        <translation type="unfinished">Con qué frecuencia esta versión da la misma etiqueta: el modelo completo frente al modelo entrenado, el modelo pequeño frente al completo.</translation>
    </message>
    <message>
        <source>How well the version labels the test texts, from 0 to 1, averaged over the labels so that rare labels count as much as common ones. — : the texts had no labels.</source>
        <translation type="unfinished">Qué tan bien etiqueta esta versión los textos de prueba, de 0 a 1, promediado entre las etiquetas para que las poco frecuentes cuenten tanto como las comunes. — : los textos no tenían etiquetas.</translation>
    </message>
    <message>
        <source>The version Shule suggests for devices.</source>
        <translation type="unfinished">La versión que Shule sugiere para dispositivos.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">Completo (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">Pequeño (int8)</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation type="unfinished">Exportado a {folder}.</translation>
    </message>
    <message>
        <source>The small model scores {points:.1f} points lower than the full model (more than the {threshold:.1f} you allow): Shule recommends the full model.</source>
        <translation type="unfinished">El modelo pequeño obtiene {points:.1f} puntos menos que el completo (más de los {threshold:.1f} que usted permite): Shule recomienda el modelo completo.</translation>
    </message>
    <message>
        <source>The small model gives another label than the full model on {share:.0%} of the test texts: Shule recommends the full model.</source>
        <translation type="unfinished">El modelo pequeño da una etiqueta distinta a la del completo en el {share:.0%} de los textos de prueba: Shule recomienda el modelo completo.</translation>
    </message>
    <message>
        <source>The exported model&apos;s scores differ from the trained model&apos;s by up to {diff:.2g}: the export may be faulty. Export again; if this stays, please report it.</source>
        <translation type="unfinished">Las puntuaciones del modelo exportado difieren de las del modelo entrenado hasta en {diff:.2g}: puede que la exportación sea defectuosa. Exporte de nuevo; si sigue igual, por favor infórmelo.</translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished">Tamaño del archivo</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">Tiempo por texto</translation>
    </message>
    <message>
        <source>Texts per second</source>
        <translation type="unfinished">Textos por segundo</translation>
    </message>
    <message>
        <source>Same label</source>
        <translation type="unfinished">Misma etiqueta</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation type="unfinished">Macro-F1</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished">Recomendado</translation>
    </message>
    <message>
        <source>vs the trained model</source>
        <translation type="unfinished">frente al modelo entrenado</translation>
    </message>
    <message>
        <source>vs the full model</source>
        <translation type="unfinished">frente al modelo completo</translation>
    </message>
    <message>
        <source>✓ Recommended</source>
        <translation type="unfinished">✓ Recomendado</translation>
    </message>
    <message>
        <source>({delta:+.1f} points)</source>
        <translation type="unfinished">({delta:+.1f} puntos)</translation>
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
        <translation type="unfinished">Le damos la bienvenida a Shule</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>The default teacher chosen so far (settings &quot;default_teacher&quot;), or None. Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">Omitir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Siguiente</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Más tarde</translation>
    </message>
    <message>
        <source>Choose a teacher later, on a project&apos;s Teacher page.</source>
        <translation type="unfinished">Elija un maestro más tarde, en la página Maestro de un proyecto.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Terminar</translation>
    </message>
    <message>
        <source>Shule makes a text classifier for your language: a teacher model writes example texts, you check them, and Shule trains a small model that runs on any computer.</source>
        <translation type="unfinished">Shule crea un clasificador de textos para su idioma: un modelo maestro escribe textos de ejemplo, usted los revisa y Shule entrena un modelo pequeño que funciona en cualquier computadora.</translation>
    </message>
    <message>
        <source>Which language should Shule&apos;s windows and buttons use?</source>
        <translation type="unfinished">¿Qué idioma deben usar las ventanas y los botones de Shule?</translation>
    </message>
    <message>
        <source>A change takes effect the next time Shule starts.</source>
        <translation type="unfinished">El cambio se aplica la próxima vez que se inicie Shule.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">Buscar de nuevo</translation>
    </message>
    <message>
        <source>A GGUF file already on this computer…</source>
        <translation type="unfinished">Un archivo GGUF que ya está en esta computadora…</translation>
    </message>
    <message>
        <source>Download a recommended model…</source>
        <translation type="unfinished">Descargar un modelo recomendado…</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language; Shule runs it on this computer or talks to a model server. Choose one now, or later on a project&apos;s Teacher page.</source>
        <translation type="unfinished">El maestro es un modelo de lenguaje grande que escribe textos de ejemplo en su idioma; Shule lo ejecuta en esta computadora o se comunica con un servidor de modelos. Elija uno ahora o más tarde, en la página Maestro de un proyecto.</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer (Ollama, LM Studio, a llama.cpp server, vLLM)…</source>
        <translation type="unfinished">Buscando servidores de modelos en esta computadora (Ollama, LM Studio, un servidor llama.cpp, vLLM)…</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation type="unfinished">{name} en {url}</translation>
    </message>
    <message>
        <source>needs an API key: set it up on a project&apos;s Teacher page</source>
        <translation type="unfinished">necesita una clave de API: configúrela en la página Maestro de un proyecto</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation type="unfinished">ningún modelo cargado</translation>
    </message>
    <message>
        <source>Model servers on this computer (choose a model):</source>
        <translation type="unfinished">Servidores de modelos en esta computadora (elija un modelo):</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Use a GGUF model file instead, or download one.</source>
        <translation type="unfinished">No hay ningún servidor de modelos funcionando en esta computadora. Use un archivo de modelo GGUF o descargue uno.</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">Todavía no se eligió un maestro.</translation>
    </message>
    <message>
        <source>Your teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">Su maestro: el modelo {model} del servidor en {url}.</translation>
    </message>
    <message>
        <source>Your teacher: the model file {path}.</source>
        <translation type="unfinished">Su maestro: el archivo de modelo {path}.</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Examinar…</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No font on this computer can draw some of these letters ({letters}): install a font for this script.</source>
        <extracomment>Characters a font&apos;s cmap need not hold: variation selectors and the combining grapheme joiner (marks, by category, but drawn by no font). Spaces, controls, ZWJ/ZWNJ, punctuation and symbols are skipped by category.</extracomment>
        <translation type="unfinished">Ninguna fuente de esta computadora puede mostrar algunas de estas letras ({letters}): instale una fuente para esta escritura.</translation>
    </message>
    <message>
        <source>Your system font cannot draw {scripts} letters: showing them in {fonts}.</source>
        <translation type="unfinished">La fuente de su sistema no puede mostrar letras {scripts}: se muestran con {fonts}.</translation>
    </message>
    <message>
        <source>Your system font cannot draw some of these letters: showing them in {fonts}.</source>
        <translation type="unfinished">La fuente de su sistema no puede mostrar algunas de estas letras: se muestran con {fonts}.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished">Generar</translation>
    </message>
    <message>
        <source>The teacher writes example texts for each label. Every reply is checked; samples that pass wait for your review.</source>
        <translation type="unfinished">El maestro escribe textos de ejemplo para cada etiqueta. Cada respuesta se comprueba; las muestras que pasan esperan su revisión.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished">sin precio</translation>
    </message>
    <message>
        <source>What the online API charges per million tokens it writes; leave at “no price” for a free or local server.</source>
        <translation type="unfinished">Lo que cobra la API en línea por cada millón de tokens que escribe; deje “sin precio” para un servidor gratuito o local.</translation>
    </message>
    <message>
        <source>Price per million tokens</source>
        <translation type="unfinished">Precio por millón de tokens</translation>
    </message>
    <message>
        <source>Estimate time</source>
        <translation type="unfinished">Estimar el tiempo</translation>
    </message>
    <message>
        <source>Label my own texts…</source>
        <translation type="unfinished">Etiquetar mis propios textos…</translation>
    </message>
    <message>
        <source>Show discarded replies</source>
        <translation type="unfinished">Mostrar respuestas descartadas</translation>
    </message>
    <message>
        <source>Your own texts</source>
        <translation type="unfinished">Sus propios textos</translation>
    </message>
    <message>
        <source>Have the teacher label texts you already have: a TXT file with one text per line, or a CSV file with a text column. They wait for your review like generated samples.</source>
        <translation type="unfinished">Haga que el maestro etiquete textos que usted ya tiene: un archivo TXT con un texto por línea, o un archivo CSV con una columna de texto. Esperan su revisión igual que las muestras generadas.</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation type="unfinished">Muestras nuevas</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: ask the teacher to propose them, or type your own.</source>
        <translation type="unfinished">La generación diversa necesita temas y estilos: pida al maestro que los proponga o escriba los suyos.</translation>
    </message>
    <message>
        <source>The teacher is writing…</source>
        <translation type="unfinished">El maestro está escribiendo…</translation>
    </message>
    <message>
        <source>Asking the teacher for a few test replies</source>
        <translation type="unfinished">Pidiendo al maestro algunas respuestas de prueba</translation>
    </message>
    <message>
        <source>Timing a few test requests…</source>
        <translation type="unfinished">Midiendo el tiempo de algunas solicitudes de prueba…</translation>
    </message>
    <message>
        <source>The teacher is proposing topics and styles</source>
        <translation type="unfinished">El maestro está proponiendo temas y estilos</translation>
    </message>
    <message>
        <source>The teacher is thinking…</source>
        <translation type="unfinished">El maestro está pensando…</translation>
    </message>
    <message>
        <source>Reading your texts</source>
        <translation type="unfinished">Leyendo sus textos</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">Cargando el maestro</translation>
    </message>
    <message>
        <source>The teacher is labelling your texts…</source>
        <translation type="unfinished">El maestro está etiquetando sus textos…</translation>
    </message>
    <message>
        <source>Proposed by the teacher: change what you like, then Save.</source>
        <translation type="unfinished">Propuesto por el maestro: cambie lo que quiera y luego pulse Guardar.</translation>
    </message>
    <message>
        <source>Stopped. The samples written so far are kept.</source>
        <translation type="unfinished">Detenido. Se conservan las muestras escritas hasta ahora.</translation>
    </message>
    <message>
        <source>Label the {n} texts still waiting</source>
        <translation type="unfinished">Etiquetar los {n} textos que aún esperan</translation>
    </message>
    <message>
        <source>This project has {p} samples waiting for review, {a} accepted and {r} rejected.</source>
        <translation type="unfinished">Este proyecto tiene {p} muestras esperando revisión, {a} aceptadas y {r} rechazadas.</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation type="unfinished">alrededor de 1 minuto</translation>
    </message>
    <message>
        <source>no reply was discarded</source>
        <translation type="unfinished">no se descartó ninguna respuesta</translation>
    </message>
    <message>
        <source>Review them in the next step.</source>
        <translation type="unfinished">Revíselas en el siguiente paso.</translation>
    </message>
    <message>
        <source>about {h:.1f} hours</source>
        <translation type="unfinished">alrededor de {h:.1f} horas</translation>
    </message>
    <message>
        <source>discarded {n} replies ({reasons})</source>
        <translation type="unfinished">se descartaron {n} respuestas ({reasons})</translation>
    </message>
    <message>
        <source>About {n} requests, {time}.</source>
        <translation type="unfinished">Unas {n} solicitudes, {time}.</translation>
    </message>
    <message>
        <source>Labelled {n}</source>
        <translation type="unfinished">Etiquetados: {n}</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation type="unfinished">alrededor de {n} minutos</translation>
    </message>
    <message>
        <source>Added {n} samples</source>
        <translation type="unfinished">Se agregaron {n} muestras</translation>
    </message>
    <message>
        <source>{s:.0f} s</source>
        <translation type="unfinished">{s:.0f} s</translation>
    </message>
    <message>
        <source>Some labels got fewer samples than asked for, because too many replies failed the checks: {labels}. </source>
        <translation type="unfinished">Algunas etiquetas recibieron menos muestras de las pedidas, porque demasiadas respuestas no pasaron las comprobaciones: {labels}. </translation>
    </message>
    <message>
        <source>In the test, {v:.1f} usable texts per request.</source>
        <translation type="unfinished">En la prueba, {v:.1f} textos utilizables por solicitud.</translation>
    </message>
    <message>
        <source>Read {n} texts. </source>
        <translation type="unfinished">Se leyeron {n} textos. </translation>
    </message>
    <message>
        <source>Cost: about {cost:.2f} at your price ({tokens} tokens).</source>
        <translation type="unfinished">Costo: unos {cost:.2f} según su precio ({tokens} tokens).</translation>
    </message>
</context>
<context>
    <name>GenerationOptions</name>
    <message>
        <source>Zero-shot</source>
        <translation type="unfinished">Sin ejemplos (zero-shot)</translation>
    </message>
    <message>
        <source>The teacher writes from your label descriptions alone. The quickest way to start.</source>
        <translation type="unfinished">El maestro escribe solo a partir de las descripciones de sus etiquetas. La forma más rápida de empezar.</translation>
    </message>
    <message>
        <source>Few-shot with your examples</source>
        <translation type="unfinished">Con sus ejemplos (few-shot)</translation>
    </message>
    <message>
        <source>The teacher sees a few of your real texts in each request, so it writes more like them. Helps most where the teacher knows the language less well.</source>
        <translation type="unfinished">El maestro ve algunos de sus textos reales en cada solicitud, así que escribe de forma más parecida a ellos. Ayuda sobre todo cuando el maestro conoce peor el idioma.</translation>
    </message>
    <message>
        <source>Diverse topics and styles</source>
        <translation type="unfinished">Temas y estilos diversos</translation>
    </message>
    <message>
        <source>The teacher varies topic, situation, register and style, several texts per request, so the samples cover more ground.</source>
        <translation type="unfinished">El maestro varía el tema, la situación, el registro y el estilo, con varios textos por solicitud, para que las muestras abarquen más.</translation>
    </message>
    <message>
        <source>Strict: drop texts much like an earlier one</source>
        <extracomment>(threshold, words): the similarity at or above which a text counts as a near duplicate.</extracomment>
        <translation type="unfinished">Estricto: descartar textos muy parecidos a uno anterior</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Normal</translation>
    </message>
    <message>
        <source>Lenient: drop only near copies</source>
        <translation type="unfinished">Flexible: descartar solo copias casi exactas</translation>
    </message>
    <message>
        <source>How the teacher writes</source>
        <translation type="unfinished">Cómo escribe el maestro</translation>
    </message>
    <message>
        <source>Import examples…</source>
        <translation type="unfinished">Importar ejemplos…</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation type="unfinished">Textos por solicitud</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation type="unfinished">Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>Ask the teacher to double-check each text</source>
        <translation type="unfinished">Pedir al maestro que revise cada texto</translation>
    </message>
    <message>
        <source>One more request per text: slower, but texts that do not fit their label or language are dropped.</source>
        <translation type="unfinished">Una solicitud más por texto: más lento, pero se descartan los textos que no corresponden a su etiqueta o idioma.</translation>
    </message>
    <message>
        <source>Samples per label</source>
        <translation type="unfinished">Muestras por etiqueta</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished">Semilla</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished">Comprobaciones</translation>
    </message>
    <message>
        <source>Drop texts written in another script</source>
        <translation type="unfinished">Descartar textos escritos con otra escritura</translation>
    </message>
    <message>
        <source>Drop texts in another language</source>
        <translation type="unfinished">Descartar textos en otro idioma</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation type="unfinished">Casi duplicados</translation>
    </message>
    <message>
        <source>Longest text (characters)</source>
        <translation type="unfinished">Texto más largo (caracteres)</translation>
    </message>
    <message>
        <source>Shule cannot recognise {language} automatically, so texts in another language are not caught: the teacher&apos;s double-check or your review has to.</source>
        <translation type="unfinished">Shule no puede reconocer el {language} automáticamente, así que los textos en otro idioma no se detectan: debe hacerlo la revisión del maestro o la suya.</translation>
    </message>
    <message>
        <source>Your real examples: {counts}.</source>
        <translation type="unfinished">Sus ejemplos reales: {counts}.</translation>
    </message>
    <message>
        <source>Labels without examples get examples of other labels only: {labels}.</source>
        <translation type="unfinished">Las etiquetas sin ejemplos reciben solo ejemplos de otras etiquetas: {labels}.</translation>
    </message>
    <message>
        <source>No imported examples yet; accepted samples of earlier rounds serve instead: {counts}.</source>
        <translation type="unfinished">Aún no hay ejemplos importados; en su lugar se usan muestras aceptadas de rondas anteriores: {counts}.</translation>
    </message>
    <message>
        <source>No examples yet: import a CSV file with a text and a label column, or accept some samples first.</source>
        <translation type="unfinished">Aún no hay ejemplos: importe un archivo CSV con una columna de texto y otra de etiqueta, o acepte antes algunas muestras.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>GGUF is the file format of language models that run on your own computer (llama.cpp, LM Studio and Ollama use it too). One file holds the whole model; Shule uses the file where it is.</source>
        <translation type="unfinished">GGUF es el formato de archivo de los modelos de lenguaje que funcionan en su propia computadora (llama.cpp, LM Studio y Ollama también lo usan). Un solo archivo contiene todo el modelo; Shule usa el archivo donde está.</translation>
    </message>
    <message>
        <source>ONNX is an open file format for trained models: the onnxruntime library runs it on any computer or small device, without Python or PyTorch.</source>
        <translation type="unfinished">ONNX es un formato de archivo abierto para modelos entrenados: la biblioteca onnxruntime lo ejecuta en cualquier computadora o dispositivo pequeño, sin Python ni PyTorch.</translation>
    </message>
    <message>
        <source>int8 (quantization) stores each of the model&apos;s numbers in one byte instead of four: the model becomes about four times smaller and faster on a CPU, and usually loses very little accuracy. Shule measures the loss and tells you.</source>
        <translation type="unfinished">int8 (cuantización) guarda cada número del modelo en un byte en lugar de cuatro: el modelo queda unas cuatro veces más pequeño y más rápido en una CPU, y suele perder muy poca precisión. Shule mide esa pérdida y se la indica.</translation>
    </message>
    <message>
        <source>macro-F1 is the score Shule uses, from 0 to 1: for each label, how well the model finds that label&apos;s texts without false alarms, averaged over the labels so that a rare label counts as much as a common one.</source>
        <translation type="unfinished">El macro-F1 es la puntuación que usa Shule, de 0 a 1: para cada etiqueta, qué tan bien encuentra el modelo sus textos sin falsas alarmas, promediado entre las etiquetas para que una etiqueta poco frecuente cuente tanto como una común.</translation>
    </message>
    <message>
        <source>Gold examples are real texts you labelled yourself and keep apart: they are never used for training, only to check the teacher and the students fairly.</source>
        <translation type="unfinished">Los ejemplos de referencia son textos reales que usted mismo etiquetó y que se guardan aparte: nunca se usan para entrenar, solo para evaluar con justicia al maestro y a los alumnos.</translation>
    </message>
</context>
<context>
    <name>GoldBar</name>
    <message>
        <source>Add a gold example…</source>
        <translation type="unfinished">Agregar un ejemplo de referencia…</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training.</source>
        <translation type="unfinished">{n} ejemplos de referencia también aparecen entre las muestras de entrenamiento: se dejan fuera del entrenamiento.</translation>
    </message>
</context>
<context>
    <name>GoldDialog</name>
    <message>
        <source>Add a gold example</source>
        <translation type="unfinished">Agregar un ejemplo de referencia</translation>
    </message>
    <message>
        <source>A gold example is a text you know the right label for. Gold examples are never trained on: the student is tested on them, so type texts as your users write them.</source>
        <translation type="unfinished">Un ejemplo de referencia es un texto cuya etiqueta correcta usted conoce. Los ejemplos de referencia nunca se usan para entrenar: con ellos se pone a prueba al alumno, así que escriba los textos como los escriben sus usuarios.</translation>
    </message>
    <message>
        <source>The text, as a user would write it</source>
        <translation type="unfinished">El texto, como lo escribiría un usuario</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished">Agregar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Etiqueta</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Texts in another language are also dropped more readily.</source>
        <extracomment>What switching a note on also does to the checks (core.feedback.FILTER_CHANGES), in words.</extracomment>
        <translation type="unfinished">Los textos en otro idioma también se descartan con más facilidad.</translation>
    </message>
    <message>
        <source>Texts much like an earlier one are also dropped more readily.</source>
        <translation type="unfinished">Los textos muy parecidos a uno anterior también se descartan con más facilidad.</translation>
    </message>
    <message>
        <source>What your reviews add to the next round</source>
        <translation type="unfinished">Lo que sus revisiones aportan a la siguiente ronda</translation>
    </message>
    <message>
        <source>Notes for the teacher, written from your review. Each one is added to every request; untick one to leave it out.</source>
        <translation type="unfinished">Notas para el maestro, escritas a partir de su revisión. Cada una se agrega a todas las solicitudes; desmarque una para dejarla fuera.</translation>
    </message>
    <message>
        <source>You corrected 1 generated text: the teacher sees before and after</source>
        <translation type="unfinished">Usted corrigió 1 texto generado: el maestro ve el antes y el después</translation>
    </message>
    <message>
        <source>{n} of {total} rejections: {reason}</source>
        <translation type="unfinished">{n} de {total} rechazos: {reason}</translation>
    </message>
    <message>
        <source>You corrected {n} generated texts: the teacher sees some before and after</source>
        <translation type="unfinished">Usted corrigió {n} textos generados: el maestro ve algunos antes y después</translation>
    </message>
</context>
<context>
    <name>HardwareBox</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished">Esta computadora</translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation type="unfinished">Examinando esta computadora…</translation>
    </message>
    <message>
        <source>Shule could not look at this computer: {why}</source>
        <translation type="unfinished">Shule no pudo examinar esta computadora: {why}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Labelled samples, already checked: they count as accepted</source>
        <extracomment>(kind, status, words): the choices under &quot;Import as&quot;.</extracomment>
        <translation type="unfinished">Muestras etiquetadas, ya revisadas: cuentan como aceptadas</translation>
    </message>
    <message>
        <source>Labelled samples to review: they wait in the Review step</source>
        <translation type="unfinished">Muestras etiquetadas por revisar: esperan en el paso Revisar</translation>
    </message>
    <message>
        <source>Gold examples: kept apart, used only to score the student</source>
        <translation type="unfinished">Ejemplos de referencia: se guardan aparte y solo sirven para evaluar al alumno</translation>
    </message>
    <message>
        <source>Unlabelled texts: the teacher labels them in the Generate step</source>
        <translation type="unfinished">Textos sin etiqueta: el maestro los etiqueta en el paso Generar</translation>
    </message>
    <message>
        <source>Import data</source>
        <extracomment>(how many were written, the kind: &quot;samples&quot; | &quot;gold&quot; | &quot;unlabelled&quot;)</extracomment>
        <translation type="unfinished">Importar datos</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished">Todavía no se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished">Elegir archivo…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Importar</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation type="unfinished">Columna de texto</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation type="unfinished">Columna de etiqueta</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Importar como</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished">Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished">Leyendo {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished">Leyendo {file}…</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished">(elija una columna)</translation>
    </message>
    <message>
        <source>Row {row} {why}.</source>
        <translation type="unfinished">Fila {row}: {why}.</translation>
    </message>
    <message>
        <source>… and {n} more rows.</source>
        <translation type="unfinished">… y {n} filas más.</translation>
    </message>
    <message>
        <source>1 row cannot be imported:</source>
        <translation type="unfinished">1 fila no se puede importar:</translation>
    </message>
    <message>
        <source>{n} rows cannot be imported:</source>
        <translation type="unfinished">{n} filas no se pueden importar:</translation>
    </message>
    <message>
        <source>nothing is imported until every row can be. Fix the file, or choose other columns.</source>
        <translation type="unfinished">no se importa nada hasta que se puedan importar todas las filas. Corrija el archivo o elija otras columnas.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">Nada que importar: {file} no tiene filas con texto.</translation>
    </message>
    <message>
        <source>Ready: {n} rows of {file} can be imported.</source>
        <translation type="unfinished">Listo: se pueden importar {n} filas de {file}.</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="unfinished">Importar {what}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">No se importó nada.</translation>
    </message>
    <message>
        <source>Stopped reading the file. Choose it again to import it.</source>
        <translation type="unfinished">Se dejó de leer el archivo. Elíjalo de nuevo para importarlo.</translation>
    </message>
    <message>
        <source>1 sample</source>
        <extracomment>kind: (one, many), for &quot;Import 120 samples&quot; and &quot;Imported 120 samples.&quot;</extracomment>
        <translation type="unfinished">1 muestra</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">{n} muestras</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">1 ejemplo de referencia</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">{n} ejemplos de referencia</translation>
    </message>
    <message>
        <source>1 text</source>
        <translation type="unfinished">1 texto</translation>
    </message>
    <message>
        <source>{n} texts</source>
        <translation type="unfinished">{n} textos</translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation type="unfinished">Importación completada: {what}.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">Teclas de revisión</translation>
    </message>
    <message>
        <source>Click a field and press the new key. The same key may serve one action while deciding and one reason after X.</source>
        <translation type="unfinished">Haga clic en un campo y pulse la tecla nueva. Una misma tecla puede servir para una acción al decidir y para un motivo después de X.</translation>
    </message>
    <message>
        <source>{key} already does “{action}”: choose another key, or change that one first.</source>
        <translation type="unfinished">{key} ya sirve para “{action}”: elija otra tecla o cambie primero esa.</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">Teclas de revisión</translation>
    </message>
    <message>
        <source>Change keys…</source>
        <translation type="unfinished">Cambiar teclas…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished">Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Going through the samples</source>
        <translation type="unfinished">Al recorrer las muestras</translation>
    </message>
    <message>
        <source>After X: why it is rejected</source>
        <translation type="unfinished">Después de X: por qué se rechaza</translation>
    </message>
    <message>
        <source>While editing a text</source>
        <translation type="unfinished">Al editar un texto</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation type="unfinished">Guardar el texto</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation type="unfinished">Cancelar la edición</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ninguna)</translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished">aceptar</translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished">rechazar</translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished">editar</translation>
    </message>
    <message>
        <source>relabel</source>
        <translation type="unfinished">cambiar etiqueta</translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished">saltar</translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished">deshacer</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation type="unfinished">todas las teclas</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language &amp; task</source>
        <extracomment>A new project file was written; the main window opens it.</extracomment>
        <translation type="unfinished">Idioma y tarea</translation>
    </message>
    <message>
        <source>Name the language your texts are written in, say what the classifier is for, and list the labels it should choose from.</source>
        <translation type="unfinished">Indique el idioma en que están escritos sus textos, diga para qué sirve el clasificador y haga la lista de etiquetas entre las que debe elegir.</translation>
    </message>
    <message>
        <source>Type a language name or code, e.g. Swahili or sw</source>
        <translation type="unfinished">Escriba el nombre o el código de un idioma, p. ej. suajili o sw</translation>
    </message>
    <message>
        <source>What should the classifier do? e.g. Sort SMS reports from farmers by topic.</source>
        <translation type="unfinished">¿Qué debe hacer el clasificador? P. ej.: ordenar por tema los reportes por SMS de los agricultores.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Etiqueta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descripción</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished">Agregar etiqueta</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished">Quitar etiqueta</translation>
    </message>
    <message>
        <source>Create project…</source>
        <translation type="unfinished">Crear proyecto…</translation>
    </message>
    <message>
        <source>This is the open project&apos;s language, task and labels. To start another project, use File › New project.</source>
        <translation type="unfinished">Estos son el idioma, la tarea y las etiquetas del proyecto abierto. Para empezar otro proyecto, use Archivo › Nuevo proyecto.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Idioma</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished">Tarea</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished">Etiquetas</translation>
    </message>
    <message>
        <source>written right to left</source>
        <translation type="unfinished">se escribe de derecha a izquierda</translation>
    </message>
    <message>
        <source>written left to right</source>
        <translation type="unfinished">se escribe de izquierda a derecha</translation>
    </message>
    <message>
        <source>Script: {script} ({code}) · {direction}</source>
        <translation type="unfinished">Escritura: {script} ({code}) · {direction}</translation>
    </message>
    <message>
        <source>{name} classifier</source>
        <translation type="unfinished">Clasificador de {name}</translation>
    </message>
</context>
<context>
    <name>LocalTeacherFiles</name>
    <message>
        <source>Add a GGUF file on disk…</source>
        <translation type="unfinished">Agregar un archivo GGUF del disco…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished">Quitar de la lista</translation>
    </message>
    <message>
        <source>Shule forgets the file; the file itself is left where it is.</source>
        <translation type="unfinished">Shule olvida el archivo; el archivo en sí se queda donde está.</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">Usar este modelo</translation>
    </message>
    <message>
        <source>Files you add are used where they are; Shule does not copy them. Downloaded models are kept in {folder}.</source>
        <translation type="unfinished">Los archivos que agrega se usan donde están; Shule no los copia. Los modelos descargados se guardan en {folder}.</translation>
    </message>
    <message>
        <source>{name} — missing from {folder}</source>
        <translation type="unfinished">{name} — no está en {folder}</translation>
    </message>
    <message>
        <source>{name} — used where it is, in {folder}</source>
        <translation type="unfinished">{name} — se usa donde está, en {folder}</translation>
    </message>
    <message>
        <source>{name} — downloaded</source>
        <translation type="unfinished">{name} — descargado</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Training loss curve</source>
        <extracomment>The curve keeps at most this many points however long the run: neighbours are merged into buckets (mean drawn as the line, min–max as a band), so painting stays cheap at 100k steps.</extracomment>
        <translation type="unfinished">Curva de pérdida del entrenamiento</translation>
    </message>
    <message>
        <source>The loss curve appears here while the student trains.</source>
        <translation type="unfinished">La curva de pérdida aparece aquí mientras el alumno se entrena.</translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished">paso</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished">pérdida</translation>
    </message>
    <message>
        <source>dev macro-F1</source>
        <translation type="unfinished">macro-F1 de validación</translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation type="unfinished">paso {step}: pérdida {loss}</translation>
    </message>
    <message>
        <source>dev macro-F1 {value} at step {step}</source>
        <translation type="unfinished">macro-F1 de validación {value} en el paso {step}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished">&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished">&amp;Importar datos…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished">&amp;Exportar datos…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation type="unfinished">&amp;Modelos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Configuración</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">I&amp;r</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation type="unfinished">&amp;¿Qué es esto?</translation>
    </message>
    <message>
        <source>New projects start with the teacher {name}.</source>
        <translation type="unfinished">Los proyectos nuevos empiezan con el maestro {name}.</translation>
    </message>
    <message>
        <source>{name} was made by an earlier version of Shule, so it has been upgraded. A copy of it as it was is kept at {backup}; the earlier Shule can open that copy.</source>
        <translation type="unfinished">{name} se creó con una versión anterior de Shule, así que se actualizó. Se guarda una copia tal como estaba en {backup}; la versión anterior de Shule puede abrir esa copia.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished">Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Shule</source>
        <translation type="unfinished">Shule</translation>
    </message>
    <message>
        <source>Create or open a project first</source>
        <translation type="unfinished">Primero cree o abra un proyecto</translation>
    </message>
    <message>
        <source>Choose a teacher first</source>
        <translation type="unfinished">Primero elija un maestro</translation>
    </message>
    <message>
        <source>Generate or import samples first</source>
        <translation type="unfinished">Primero genere o importe muestras</translation>
    </message>
    <message>
        <source>Choose a teacher or train a student first</source>
        <translation type="unfinished">Primero elija un maestro o entrene un alumno</translation>
    </message>
    <message>
        <source>Train a student first</source>
        <translation type="unfinished">Primero entrene un alumno</translation>
    </message>
    <message>
        <source>Shule can change its language once this work has ended: {steps}. Wait for it or stop it, then choose the language again.</source>
        <translation type="unfinished">Shule puede cambiar de idioma cuando termine este trabajo: {steps}. Espere a que termine o deténgalo y luego elija de nuevo el idioma.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Teacher models</source>
        <translation type="unfinished">Modelos maestros</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language. Download one of the recommended models, or use a GGUF model file you already have. A model that fits in your GPU&apos;s memory runs fast; on the CPU it works, slowly.</source>
        <translation type="unfinished">El maestro es un modelo de lenguaje grande que escribe textos de ejemplo en su idioma. Descargue uno de los modelos recomendados o use un archivo de modelo GGUF que ya tenga. Un modelo que cabe en la memoria de su GPU funciona rápido; en la CPU funciona, pero lentamente.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished">En esta computadora</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">Tamaño en disco</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation type="unfinished">Memoria necesaria</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Idiomas</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">Licencia</translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished">Descargar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Reanudar</translation>
    </message>
    <message>
        <source>Discard partial</source>
        <translation type="unfinished">Descartar lo descargado</translation>
    </message>
    <message>
        <source>Open model card</source>
        <translation type="unfinished">Abrir la ficha del modelo</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">Usar este modelo</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation type="unfinished">Modelos recomendados</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation type="unfinished">Modelos en esta computadora</translation>
    </message>
    <message>
        <source>RAM {ram} GB; GPU {vram} GB</source>
        <translation type="unfinished">RAM {ram} GB; GPU {vram} GB</translation>
    </message>
    <message>
        <source>{licence} (non-commercial)</source>
        <translation type="unfinished">{licence} (no comercial)</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation type="unfinished">ver la nota</translation>
    </message>
    <message>
        <source>{some}, … ({n} in all)</source>
        <translation type="unfinished">{some}, … ({n} en total)</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished">Pausando…</translation>
    </message>
    <message>
        <source>Downloading… {percent} %</source>
        <translation type="unfinished">Descargando… {percent} %</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished">Descargado</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished">No descargado</translation>
    </message>
    <message>
        <source>Paused at {percent} %</source>
        <translation type="unfinished">En pausa al {percent} %</translation>
    </message>
    <message>
        <source>Paused ({size} downloaded)</source>
        <translation type="unfinished">En pausa ({size} descargados)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">Comprobando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Iniciando…</translation>
    </message>
    <message>
        <source>Downloaded {name}.</source>
        <translation type="unfinished">Se descargó {name}.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped, now or after Shule is started again.</source>
        <translation type="unfinished">En pausa. Reanudar continúa donde se detuvo, ahora o después de volver a iniciar Shule.</translation>
    </message>
    <message>
        <source>Runs well on your GPU</source>
        <translation type="unfinished">Funciona bien en su GPU</translation>
    </message>
    <message>
        <source>Runs on the CPU, slowly</source>
        <translation type="unfinished">Funciona en la CPU, lentamente</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation type="unfinished">Demasiado grande para esta computadora</translation>
    </message>
</context>
<context>
    <name>MoreReview</name>
    <message>
        <source>Would more review help?</source>
        <translation type="unfinished">¿Ayudaría revisar más?</translation>
    </message>
    <message>
        <source>Draw the learning curve</source>
        <translation type="unfinished">Trazar la curva de aprendizaje</translation>
    </message>
    <message>
        <source>Trains the newest student&apos;s kind again on a quarter, a half and all of your accepted samples and scores each: a curve still rising says more reviewed samples will help.</source>
        <translation type="unfinished">Vuelve a entrenar el tipo del alumno más reciente con una cuarta parte, la mitad y todas sus muestras aceptadas, y evalúa cada uno: si la curva sigue subiendo, revisar más muestras ayudará.</translation>
    </message>
    <message>
        <source>Review the texts the student is unsure about</source>
        <translation type="unfinished">Revisar los textos sobre los que el alumno duda</translation>
    </message>
    <message>
        <source>Your imported texts that the newest student finds hardest become samples waiting for review, labelled with its best guess: correcting them teaches the next student most.</source>
        <translation type="unfinished">Los textos importados que al alumno más reciente le resultan más difíciles pasan a ser muestras por revisar, etiquetadas con su mejor suposición: corregirlos es lo que más enseña al siguiente alumno.</translation>
    </message>
    <message>
        <source>Import some of your own unlabelled texts first (File ▸ Import data…).</source>
        <translation type="unfinished">Primero importe algunos de sus propios textos sin etiqueta (Archivo ▸ Importar datos…).</translation>
    </message>
    <message>
        <source>{added} texts the student is least sure about wait on the Review page, labelled with its best guess.</source>
        <translation type="unfinished">{added} textos sobre los que el alumno tiene más dudas esperan en la página Revisar, etiquetados con su mejor suposición.</translation>
    </message>
    <message>
        <source>{share} of the samples ({n}): {f1}</source>
        <translation type="unfinished">{share} de las muestras ({n}): {f1}</translation>
    </message>
    <message>
        <source>The score still rises with more samples: reviewing more should help.</source>
        <translation type="unfinished">La puntuación sigue subiendo con más muestras: revisar más debería ayudar.</translation>
    </message>
    <message>
        <source>The score has levelled off: more of the same samples may not help much; try new strategies or a larger student.</source>
        <translation type="unfinished">La puntuación se ha estancado: más muestras del mismo tipo quizá no ayuden mucho; pruebe estrategias nuevas o un alumno más grande.</translation>
    </message>
    <message>
        <source>macro-F1 on the {on} set — {points}. {advice}</source>
        <translation type="unfinished">macro-F1 en el conjunto {on} — {points}. {advice}</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">de referencia</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">reservado</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Something went wrong ({kind}: {detail}). Please report this.</source>
        <extracomment>The project changed in a way that may open or close later steps (teacher set, samples…).</extracomment>
        <translation type="unfinished">Algo salió mal ({kind}: {detail}). Por favor, infórmelo.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Target per label</source>
        <extracomment>Up to this many samples the numbers are read at once (a few ms); beyond, in a worker thread with its own connection (on 100k samples the grouped queries take a few hundred ms).</extracomment>
        <translation type="unfinished">Objetivo por etiqueta</translation>
    </message>
    <message>
        <source>{p} pending · {a} accepted · {r} rejected</source>
        <translation type="unfinished">{p} pendientes · {a} aceptadas · {r} rechazadas</translation>
    </message>
    <message>
        <source>Accepted, by strategy: {rates}</source>
        <translation type="unfinished">Aceptadas, por estrategia: {rates}</translation>
    </message>
    <message>
        <source>Accepted, by teacher: {rates}</source>
        <translation type="unfinished">Aceptadas, por maestro: {rates}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Iniciando…</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation type="unfinished">quedan unos {n} s</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation type="unfinished">quedan unos {n} min</translation>
    </message>
    <message>
        <source>about {hours:.1f} h left</source>
        <translation type="unfinished">quedan unas {hours:.1f} h</translation>
    </message>
</context>
<context>
    <name>ReasonBar</name>
    <message>
        <source>Why reject it?</source>
        <translation type="unfinished">¿Por qué rechazarla?</translation>
    </message>
    <message>
        <source>Esc keep it</source>
        <translation type="unfinished">Esc: conservarla</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished">Ignorar</translation>
    </message>
    <message>
        <source>Forget this run; its samples are kept.</source>
        <translation type="unfinished">Olvidar esta ejecución; sus muestras se conservan.</translation>
    </message>
    <message>
        <source>A generation run stopped before it finished ({n} of {total} samples made). Continue it?</source>
        <translation type="unfinished">Una generación se detuvo antes de terminar ({n} de {total} muestras hechas). ¿Continuarla?</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished">Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">Cancelar (Esc)</translation>
    </message>
    <message>
        <source>No sample selected.</source>
        <translation type="unfinished">Ninguna muestra seleccionada.</translation>
    </message>
    <message>
        <source>pinned as a teacher example</source>
        <translation type="unfinished">fijada como ejemplo del maestro</translation>
    </message>
    <message>
        <source>excluded from the teacher&apos;s examples</source>
        <translation type="unfinished">excluida de los ejemplos del maestro</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished">Rechazada: {reason}</translation>
    </message>
    <message>
        <source>strategy: {s}</source>
        <translation type="unfinished">estrategia: {s}</translation>
    </message>
    <message>
        <source>teacher: {t}</source>
        <translation type="unfinished">maestro: {t}</translation>
    </message>
    <message>
        <source>checked by the teacher</source>
        <translation type="unfinished">revisada por el maestro</translation>
    </message>
    <message>
        <source>{n} examples shown to the teacher</source>
        <translation type="unfinished">{n} ejemplos mostrados al maestro</translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>Search the texts…</source>
        <translation type="unfinished">Buscar en los textos…</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">Buscar en los textos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Cualquier estado</translation>
    </message>
    <message>
        <source>Show the samples with status</source>
        <translation type="unfinished">Mostrar las muestras con el estado</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished">Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Show the samples with label</source>
        <translation type="unfinished">Mostrar las muestras con la etiqueta</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished">Cualquier origen</translation>
    </message>
    <message>
        <source>Show the samples from</source>
        <translation type="unfinished">Mostrar las muestras de</translation>
    </message>
    <message>
        <source>Any strategy</source>
        <translation type="unfinished">Cualquier estrategia</translation>
    </message>
    <message>
        <source>Show the samples written with strategy</source>
        <translation type="unfinished">Mostrar las muestras escritas con la estrategia</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished">Cualquier motivo</translation>
    </message>
    <message>
        <source>Show the samples rejected for reason</source>
        <translation type="unfinished">Mostrar las muestras rechazadas por el motivo</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">Mostrar todo</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished">Borrar la búsqueda y todos los filtros</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>Relabel as “{label}”</source>
        <translation type="unfinished">Cambiar etiqueta a “{label}”</translation>
    </message>
    <message>
        <source>Relabel as label {n}</source>
        <translation type="unfinished">Cambiar a la etiqueta {n}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished">Motivo: {reason}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Aceptar</translation>
    </message>
    <message>
        <source>Reject (then the reason)</source>
        <translation type="unfinished">Rechazar (luego el motivo)</translation>
    </message>
    <message>
        <source>Edit the text</source>
        <translation type="unfinished">Editar el texto</translation>
    </message>
    <message>
        <source>Skip to the next sample</source>
        <translation type="unfinished">Saltar a la siguiente muestra</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Rehacer</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">Buscar en los textos</translation>
    </message>
    <message>
        <source>Pin / unpin as a teacher example</source>
        <translation type="unfinished">Fijar / no fijar como ejemplo del maestro</translation>
    </message>
    <message>
        <source>Exclude / include as a teacher example</source>
        <translation type="unfinished">Excluir / incluir como ejemplo del maestro</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation type="unfinished">Mostrar las teclas</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>pinned</source>
        <translation type="unfinished">fijada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Etiqueta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Origen</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished">excluida</translation>
    </message>
    <message>
        <source>wrong language</source>
        <extracomment>Why a sample was rejected: stored code (core&apos;s list) and the words shown (keys 1–6 pick them in this order).</extracomment>
        <translation type="unfinished">idioma incorrecto</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">etiqueta incorrecta</translation>
    </message>
    <message>
        <source>unnatural or translated-sounding</source>
        <translation type="unfinished">poco natural o suena a traducción</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished">duplicada</translation>
    </message>
    <message>
        <source>harmful</source>
        <translation type="unfinished">dañina</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">otro</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">generada</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation type="unfinished">anotada</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">importada</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">referencia</translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished">pendiente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished">aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished">rechazada</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Revisar</translation>
    </message>
    <message>
        <source>Keep the samples that are right and reject the others: the next one follows at once. Select rows to decide them together; press ? for every key.</source>
        <translation type="unfinished">Conserve las muestras correctas y rechace las demás: la siguiente aparece enseguida. Seleccione filas para decidirlas juntas; pulse ? para ver todas las teclas.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">Muestras</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation type="unfinished">Teclas…</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">{n} muestras</translation>
    </message>
    <message>
        <source>{n} samples match</source>
        <translation type="unfinished">{n} muestras coinciden</translation>
    </message>
</context>
<context>
    <name>RoundStats</name>
    <message>
        <source>zero-shot</source>
        <translation type="unfinished">sin ejemplos</translation>
    </message>
    <message>
        <source>few-shot</source>
        <translation type="unfinished">con ejemplos</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished">diversa</translation>
    </message>
    <message>
        <source>Rounds so far</source>
        <translation type="unfinished">Rondas hasta ahora</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation type="unfinished">Rondas anteriores</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation type="unfinished">aún sin revisar</translation>
    </message>
    <message>
        <source>{rate:.0%} accepted ({a} of {n} reviewed</source>
        <translation type="unfinished">{rate:.0%} aceptadas ({a} de {n} revisadas</translation>
    </message>
    <message>
        <source>, {n} to review</source>
        <translation type="unfinished">, {n} por revisar</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished">Ronda {number}</translation>
    </message>
    <message>
        <source>Rejected: {reasons}.</source>
        <translation type="unfinished">Rechazadas: {reasons}.</translation>
    </message>
    <message>
        <source>{n} made</source>
        <translation type="unfinished">{n} hechas</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <source>Scores: macro-F1 per model</source>
        <translation type="unfinished">Puntuaciones: macro-F1 por modelo</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">maestro</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">alumno</translation>
    </message>
    <message>
        <source>{name} ({kind}): not scored yet</source>
        <translation type="unfinished">{name} ({kind}): aún sin evaluar</translation>
    </message>
    <message>
        <source>{name} ({kind}): macro-F1 {value}</source>
        <translation type="unfinished">{name} ({kind}): macro-F1 {value}</translation>
    </message>
    <message>
        <source>{delta} against the teacher</source>
        <translation type="unfinished">{delta} frente al maestro</translation>
    </message>
    <message>
        <source>Scores appear here once a model is evaluated.</source>
        <translation type="unfinished">Las puntuaciones aparecen aquí cuando se evalúa un modelo.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">aún sin evaluar</translation>
    </message>
    <message>
        <source>teacher&apos;s score</source>
        <translation type="unfinished">puntuación del maestro</translation>
    </message>
</context>
<context>
    <name>ScoreDetails</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Etiqueta</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished">Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished">Exhaustividad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished">F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished">Soporte</translation>
    </message>
    <message>
        <source>Scores per label</source>
        <translation type="unfinished">Puntuaciones por etiqueta</translation>
    </message>
    <message>
        <source>Of the texts the model gave this label, the share that really have it.</source>
        <translation type="unfinished">De los textos a los que el modelo dio esta etiqueta, la proporción que realmente la tiene.</translation>
    </message>
    <message>
        <source>Of the texts that have this label, the share the model found.</source>
        <translation type="unfinished">De los textos que tienen esta etiqueta, la proporción que encontró el modelo.</translation>
    </message>
    <message>
        <source>Precision and recall in one figure (their harmonic mean): 1.0 is perfect.</source>
        <translation type="unfinished">Precisión y exhaustividad en una sola cifra (su media armónica): 1.0 es perfecto.</translation>
    </message>
    <message>
        <source>How many gold texts have this label.</source>
        <translation type="unfinished">Cuántos textos de referencia tienen esta etiqueta.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">Mostrar todo</translation>
    </message>
    <message>
        <source>List every gold text the model got wrong</source>
        <translation type="unfinished">Listar todos los textos de referencia en los que el modelo se equivocó</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texto</translation>
    </message>
    <message>
        <source>True label</source>
        <translation type="unfinished">Etiqueta real</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished">Predicha</translation>
    </message>
    <message>
        <source>Gold texts the model labelled wrongly</source>
        <translation type="unfinished">Textos de referencia mal etiquetados por el modelo</translation>
    </message>
    <message>
        <source>{name} is not scored yet.</source>
        <translation type="unfinished">{name} aún no está evaluado.</translation>
    </message>
    <message>
        <source>Select a row of the scoreboard to see where it goes wrong.</source>
        <translation type="unfinished">Seleccione una fila de la tabla de puntuaciones para ver en qué se equivoca.</translation>
    </message>
    <message>
        <source>{name}: where it goes wrong</source>
        <translation type="unfinished">{name}: en qué se equivoca</translation>
    </message>
    <message>
        <source>Gold texts labelled wrongly: {n}</source>
        <translation type="unfinished">Textos de referencia mal etiquetados: {n}</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n}</source>
        <translation type="unfinished">Real {true}, predicha {predicted}: {n}</translation>
    </message>
</context>
<context>
    <name>ServerTeacherForm</name>
    <message>
        <source>Find servers on this computer</source>
        <translation type="unfinished">Buscar servidores en esta computadora</translation>
    </message>
    <message>
        <source>for example http://127.0.0.1:11434/v1 or https://api.openai.com/v1</source>
        <translation type="unfinished">por ejemplo http://127.0.0.1:11434/v1 o https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation type="unfinished">el nombre del modelo en el servidor</translation>
    </message>
    <message>
        <source>only for online APIs</source>
        <translation type="unfinished">solo para API en línea</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished">Probar la conexión</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Dirección del servidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished">Clave de API</translation>
    </message>
    <message>
        <source>A key for this server is stored on this computer; type a new one to replace it.</source>
        <translation type="unfinished">Hay una clave para este servidor guardada en esta computadora; escriba una nueva para reemplazarla.</translation>
    </message>
    <message>
        <source>needs an API key</source>
        <translation type="unfinished">necesita una clave de API</translation>
    </message>
    <message>
        <source>model {name}</source>
        <translation type="unfinished">modelo {name}</translation>
    </message>
    <message>
        <source>{n} models</source>
        <translation type="unfinished">{n} modelos</translation>
    </message>
    <message>
        <source>Shule can look for Ollama, LM Studio, a llama.cpp server or vLLM running on this computer.</source>
        <translation type="unfinished">Shule puede buscar Ollama, LM Studio, un servidor llama.cpp o vLLM funcionando en esta computadora.</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Start one, or type the address of an online API.</source>
        <translation type="unfinished">No hay ningún servidor de modelos funcionando en esta computadora. Inicie uno o escriba la dirección de una API en línea.</translation>
    </message>
    <message>
        <source>Found on this computer (choose one):</source>
        <translation type="unfinished">Encontrados en esta computadora (elija uno):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">Atajos de teclado</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished">En todas partes</translation>
    </message>
    <message>
        <source>On the Review page</source>
        <translation type="unfinished">En la página Revisar</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">Teclas</translation>
    </message>
    <message>
        <source>Every step can be reached from the keyboard: Tab moves between fields and buttons, Space or Enter presses a button. On the Review page, press ? to see its keys and change them.</source>
        <translation type="unfinished">Se puede llegar a cada paso con el teclado: Tab pasa de un campo o botón a otro, y Espacio o Enter pulsa un botón. En la página Revisar, pulse ? para ver sus teclas y cambiarlas.</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Paso siguiente</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">Maestro</translation>
    </message>
    <message>
        <source>Choose the large language model that writes example texts for each label: a GGUF model file on this computer, or a model server. A model that knows your language well gives better samples.</source>
        <translation type="unfinished">Elija el modelo de lenguaje grande que escribe textos de ejemplo para cada etiqueta: un archivo de modelo GGUF en esta computadora o un servidor de modelos. Un modelo que conoce bien su idioma da mejores muestras.</translation>
    </message>
    <message>
        <source>A model file on this computer (GGUF)</source>
        <translation type="unfinished">Un archivo de modelo en esta computadora (GGUF)</translation>
    </message>
    <message>
        <source>A model server (Ollama, LM Studio, llama.cpp server, vLLM, or an online API)</source>
        <translation type="unfinished">Un servidor de modelos (Ollama, LM Studio, servidor llama.cpp, vLLM o una API en línea)</translation>
    </message>
    <message>
        <source>Path to a .gguf model file</source>
        <translation type="unfinished">Ruta a un archivo de modelo .gguf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Examinar…</translation>
    </message>
    <message>
        <source>Recommended models…</source>
        <translation type="unfinished">Modelos recomendados…</translation>
    </message>
    <message>
        <source>Download a recommended teacher model, or choose one already on this computer.</source>
        <translation type="unfinished">Descargue un modelo maestro recomendado o elija uno que ya esté en esta computadora.</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished">Archivo de modelo</translation>
    </message>
    <message>
        <source>Use this teacher</source>
        <extracomment>Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">Usar este maestro</translation>
    </message>
    <message>
        <source>Looking for servers on this computer…</source>
        <translation type="unfinished">Buscando servidores en esta computadora…</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first, or choose a server found on this computer.</source>
        <translation type="unfinished">Primero escriba la dirección del servidor o elija un servidor encontrado en esta computadora.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished">Consultando al servidor…</translation>
    </message>
    <message>
        <source>Shule found a model server on this computer: {names}. Choose “A model server” to use it.</source>
        <translation type="unfinished">Shule encontró un servidor de modelos en esta computadora: {names}. Elija “Un servidor de modelos” para usarlo.</translation>
    </message>
    <message>
        <source>Choose a model file first.</source>
        <translation type="unfinished">Primero elija un archivo de modelo.</translation>
    </message>
    <message>
        <source>Type or choose the model&apos;s name.</source>
        <translation type="unfinished">Escriba o elija el nombre del modelo.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address.</source>
        <translation type="unfinished">“{address}” no es una dirección web.</translation>
    </message>
    <message>
        <source>No teacher chosen yet. Your usual teacher is filled in: check it, then click “Use this teacher”.</source>
        <translation type="unfinished">Todavía no se eligió un maestro. Se completó con su maestro habitual: revíselo y luego haga clic en “Usar este maestro”.</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">Todavía no se eligió un maestro.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">El maestro de este proyecto: el modelo {model} del servidor en {url}.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: {path}
{about}</source>
        <translation type="unfinished">El maestro de este proyecto: {path}
{about}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Train</source>
        <translation type="unfinished">Entrenar</translation>
    </message>
    <message>
        <source>Train a small model (the student) on your accepted samples. The quick student trains in seconds; a pretrained base that knows your language usually scores higher but takes longer.</source>
        <translation type="unfinished">Entrene un modelo pequeño (el alumno) con sus muestras aceptadas. El alumno rápido se entrena en segundos; una base preentrenada que conoce su idioma suele obtener mejor puntuación, pero tarda más.</translation>
    </message>
    <message>
        <source>Training loss by step, and the score on the held-out samples after each epoch</source>
        <translation type="unfinished">Pérdida del entrenamiento por paso, y la puntuación en las muestras reservadas después de cada época</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">Alumno</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished">Entrenado</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">Muestras</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Resultado</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished">Cómo terminó</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation type="unfinished">Modelos entrenados</translation>
    </message>
    <message>
        <source>The training pack is installed: press Train to fine-tune the student.</source>
        <translation type="unfinished">El paquete de entrenamiento está instalado: pulse Entrenar para ajustar el alumno.</translation>
    </message>
    <message>
        <source>Stopping: the student finishes its current step and keeps the best epoch scored so far, if there is one…</source>
        <translation type="unfinished">Deteniendo: el alumno termina su paso actual y conserva la mejor época evaluada hasta ahora, si la hay…</translation>
    </message>
    <message>
        <source>Training stopped; nothing was saved.</source>
        <translation type="unfinished">Entrenamiento detenido; no se guardó nada.</translation>
    </message>
    <message>
        <source>Ready: {n} accepted samples; a fifth of each label is held out to measure the result.</source>
        <translation type="unfinished">Listo: {n} muestras aceptadas; se reserva una quinta parte de cada etiqueta para medir el resultado.</translation>
    </message>
    <message>
        <source>1 gold example also appears among the training samples: it is left out of training, so the score stays honest.</source>
        <translation type="unfinished">1 ejemplo de referencia también aparece entre las muestras de entrenamiento: se deja fuera del entrenamiento para que la puntuación sea honesta.</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training, so the score stays honest.</source>
        <translation type="unfinished">{n} ejemplos de referencia también aparecen entre las muestras de entrenamiento: se dejan fuera del entrenamiento para que la puntuación sea honesta.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished">terminado</translation>
    </message>
    <message>
        <source>no figures: too few samples were held out for evaluation</source>
        <translation type="unfinished">sin cifras: se reservaron muy pocas muestras para la evaluación</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">de referencia</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">reservadas</translation>
    </message>
    <message>
        <source>accuracy {acc:.0%} · macro-F1 {f1:.2f} on {n} {on} samples</source>
        <translation type="unfinished">exactitud {acc:.0%} · macro-F1 {f1:.2f} en {n} muestras {on}</translation>
    </message>
    <message>
        <source>Trained {model}: {figures}.</source>
        <translation type="unfinished">Se entrenó {model}: {figures}.</translation>
    </message>
    <message>
        <source>stopped early at epoch {n}</source>
        <translation type="unfinished">se detuvo antes en la época {n}</translation>
    </message>
    <message>
        <source>cancelled, kept epoch {n}</source>
        <translation type="unfinished">cancelado, se conservó la época {n}</translation>
    </message>
    <message>
        <source>stopped after {n} steps</source>
        <translation type="unfinished">se detuvo tras {n} pasos</translation>
    </message>
    <message>
        <source>Stopped: kept the best model so far (epoch {epoch}, dev macro-F1 {f1:.2f}).</source>
        <translation type="unfinished">Detenido: se conservó el mejor modelo hasta ahora (época {epoch}, macro-F1 de validación {f1:.2f}).</translation>
    </message>
    <message>
        <source>Stopped early at epoch {n}: the dev score had not improved for {patience} epochs; kept epoch {best}.</source>
        <translation type="unfinished">Se detuvo antes en la época {n}: la puntuación de validación no había mejorado en {patience} épocas; se conservó la época {best}.</translation>
    </message>
</context>
<context>
    <name>TrainingPackBox</name>
    <message>
        <source>Training pack</source>
        <translation type="unfinished">Paquete de entrenamiento</translation>
    </message>
    <message>
        <source>Install the training pack</source>
        <translation type="unfinished">Instalar el paquete de entrenamiento</translation>
    </message>
    <message>
        <source>Install from a folder of wheels…</source>
        <translation type="unfinished">Instalar desde una carpeta de wheels…</translation>
    </message>
    <message>
        <source>Without internet: choose the wheels folder of Shule&apos;s offline bundle.</source>
        <translation type="unfinished">Sin internet: elija la carpeta wheels del paquete sin conexión de Shule.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack: PyTorch and transformers, which Shule uses only to fine-tune pretrained students (the quick student needs no pack).</source>
        <translation type="unfinished">Para ajustar un alumno preentrenado hace falta el paquete de entrenamiento de Shule: PyTorch y transformers, que Shule usa solo para ajustar alumnos preentrenados (el alumno rápido no necesita ningún paquete).</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA GPU, so Shule installs the pack with GPU support: about 4 GB to download (without GPU support it would be about 1 GB).</source>
        <translation type="unfinished">Esta computadora tiene una GPU NVIDIA, así que Shule instala el paquete con soporte para GPU: unos 4 GB de descarga (sin soporte para GPU sería alrededor de 1 GB).</translation>
    </message>
    <message>
        <source>This computer has no NVIDIA GPU, so Shule installs the pack without GPU support: about 1 GB to download (with NVIDIA GPU support it would be about 4 GB).</source>
        <translation type="unfinished">Esta computadora no tiene una GPU NVIDIA, así que Shule instala el paquete sin soporte para GPU: alrededor de 1 GB de descarga (con soporte para GPU NVIDIA serían unos 4 GB).</translation>
    </message>
    <message>
        <source>It is about 1 GB to download, or about 4 GB with NVIDIA GPU support; Shule picks the one that fits this computer.</source>
        <translation type="unfinished">Son alrededor de 1 GB de descarga, o unos 4 GB con soporte para GPU NVIDIA; Shule elige el que corresponde a esta computadora.</translation>
    </message>
    <message>
        <source>Installing it needs about {size} of free disk space.</source>
        <translation type="unfinished">Para instalarlo se necesitan unos {size} de espacio libre en disco.</translation>
    </message>
    <message>
        <source>The pack installed earlier does not load: install it again.</source>
        <translation type="unfinished">El paquete instalado antes no se carga: instálelo de nuevo.</translation>
    </message>
    <message>
        <source>Choose the folder of wheels (the offline bundle&apos;s wheels folder)</source>
        <translation type="unfinished">Elija la carpeta de wheels (la carpeta wheels del paquete sin conexión)</translation>
    </message>
    <message>
        <source>Stopping the installation…</source>
        <translation type="unfinished">Deteniendo la instalación…</translation>
    </message>
    <message>
        <source>The installation stopped; nothing was installed.</source>
        <translation type="unfinished">La instalación se detuvo; no se instaló nada.</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>More settings</source>
        <translation type="unfinished">Más opciones</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished">automático</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished">Épocas</translation>
    </message>
    <message>
        <source>Passes over the training samples. Automatic: 10 for a pretrained base (early stopping ends most runs sooner), 15 for the quick student.</source>
        <translation type="unfinished">Pasadas por las muestras de entrenamiento. Automático: 10 para una base preentrenada (la parada temprana termina antes la mayoría de los entrenamientos), 15 para el alumno rápido.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished">Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Automatic: chosen from the size of the model.</source>
        <translation type="unfinished">Automática: se elige según el tamaño del modelo.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished">Tamaño de lote</translation>
    </message>
    <message>
        <source>Samples per step. Automatic: grows with the data, from 4 for a few samples to 64 for many.</source>
        <translation type="unfinished">Muestras por paso. Automático: crece con los datos, de 4 para pocas muestras a 64 para muchas.</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation type="unfinished">Paciencia de la parada temprana</translation>
    </message>
    <message>
        <source>Training stops when the score on the held-out samples has not improved for this many epochs.</source>
        <translation type="unfinished">El entrenamiento se detiene cuando la puntuación en las muestras reservadas no ha mejorado en este número de épocas.</translation>
    </message>
    <message>
        <source>Stop after epochs without progress</source>
        <translation type="unfinished">Detener tras estas épocas sin progreso</translation>
    </message>
</context>
<context>
    <name>TryItBox</name>
    <message>
        <source>No exported model loaded yet.</source>
        <extracomment>A bundle was loaded (its folder): the page and window may show it.</extracomment>
        <translation type="unfinished">Todavía no se cargó ningún modelo exportado.</translation>
    </message>
    <message>
        <source>Load exported model…</source>
        <translation type="unfinished">Cargar modelo exportado…</translation>
    </message>
    <message>
        <source>Full (fp32) is the exported model as trained; small (int8) is about four times smaller and faster on CPUs.</source>
        <translation type="unfinished">Completo (fp32) es el modelo exportado tal como se entrenó; pequeño (int8) es unas cuatro veces más pequeño y más rápido en CPU.</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation type="unfinished">Texto para clasificar</translation>
    </message>
    <message>
        <source>Load an exported model, then type or paste text.</source>
        <translation type="unfinished">Cargue un modelo exportado y luego escriba o pegue un texto.</translation>
    </message>
    <message>
        <source>Choose an exported model folder</source>
        <translation type="unfinished">Elija una carpeta de modelo exportado</translation>
    </message>
    <message>
        <source>Type or paste text in {language}.</source>
        <translation type="unfinished">Escriba o pegue un texto en {language}.</translation>
    </message>
    <message>
        <source>Type or paste text.</source>
        <translation type="unfinished">Escriba o pegue un texto.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">Completo (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">Pequeño (int8)</translation>
    </message>
    <message>
        <source>Trying {folder} — {variant}</source>
        <translation type="unfinished">Probando {folder} — {variant}</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>Try it</source>
        <translation type="unfinished">Probar</translation>
    </message>
    <message>
        <source>Type or paste text and see which label an exported model gives it, and how sure it is. Any exported model folder loads, also one made on another computer.</source>
        <translation type="unfinished">Escriba o pegue un texto y vea qué etiqueta le da un modelo exportado y qué tan seguro está. Se puede cargar cualquier carpeta de modelo exportado, incluso una creada en otra computadora.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The {kind} process stopped unexpectedly (exit code {code}).</source>
        <translation type="unfinished">El proceso {kind} se detuvo inesperadamente (código de salida {code}).</translation>
    </message>
    <message>
        <source>The {kind} step failed: {message}</source>
        <translation type="unfinished">El paso {kind} falló: {message}</translation>
    </message>
    <message>
        <source>Its last words: {tail}</source>
        <translation type="unfinished">Sus últimos mensajes: {tail}</translation>
    </message>
    <message>
        <source>Shule could not back up {name} in {folder} before upgrading it to this version ({error}), so the project was left as it was.</source>
        <translation type="unfinished">Shule no pudo hacer una copia de seguridad de {name} en {folder} antes de actualizarlo a esta versión ({error}), así que el proyecto quedó como estaba.</translation>
    </message>
    <message>
        <source>{name} is in a folder Shule cannot write to ({folder}): copy the project to a folder you can write to and open it from there.</source>
        <translation type="unfinished">{name} está en una carpeta en la que Shule no puede escribir ({folder}): copie el proyecto a una carpeta en la que pueda escribir y ábralo desde allí.</translation>
    </message>
    <message>
        <source>{name} is read-only: allow changes to the file, or open a copy of it.</source>
        <translation type="unfinished">{name} es de solo lectura: permita cambios en el archivo o abra una copia.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} cannot be opened: free some space, then open it again.</source>
        <translation type="unfinished">El disco está lleno, así que no se puede abrir {name}: libere espacio y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to back up {name} before upgrading it to this version of Shule (the copy needs about {mb:.1f} MB), so the project was left as it was: free some space, then open it again.</source>
        <translation type="unfinished">No hay suficiente espacio libre en disco para hacer una copia de seguridad de {name} antes de actualizarlo a esta versión de Shule (la copia necesita unos {mb:.1f} MB), así que el proyecto quedó como estaba: libere espacio y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}): it may be damaged, or in use by another program.</source>
        <translation type="unfinished">No se pudo abrir {name} ({error}): puede estar dañado o en uso por otro programa.</translation>
    </message>
    <message>
        <source>Upgrading {name} to this version of Shule failed ({error}), so the project is unchanged; a backup copy of it is at {backup}.</source>
        <translation type="unfinished">La actualización de {name} a esta versión de Shule falló ({error}), así que el proyecto no cambió; hay una copia de seguridad en {backup}.</translation>
    </message>
    <message>
        <source>it lacks the {table} table</source>
        <translation type="unfinished">le falta la tabla {table}</translation>
    </message>
    <message>
        <source>A classifier needs at least 2 labels: add another label.</source>
        <translation type="unfinished">Un clasificador necesita al menos 2 etiquetas: agregue otra etiqueta.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change to {name} was not saved; the project is as it was before it. Free some space, then try again.</source>
        <translation type="unfinished">El disco está lleno, así que el último cambio en {name} no se guardó; el proyecto quedó como antes. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This project has no model called {model}.</source>
        <translation type="unfinished">Este proyecto no tiene ningún modelo llamado {model}.</translation>
    </message>
    <message>
        <source>it lacks the {tables} tables</source>
        <translation type="unfinished">le faltan las tablas {tables}</translation>
    </message>
    <message>
        <source>its language is missing or unreadable</source>
        <translation type="unfinished">falta su idioma o no se puede leer</translation>
    </message>
    <message>
        <source>A label has no name: give every label a short name.</source>
        <translation type="unfinished">Una etiqueta no tiene nombre: dé a cada etiqueta un nombre corto.</translation>
    </message>
    <message>
        <source>Label “{label}” needs a one-line description of what belongs in it.</source>
        <translation type="unfinished">La etiqueta “{label}” necesita una descripción de una línea de lo que le corresponde.</translation>
    </message>
    <message>
        <source>The label “{label}” appears twice: label names must be different.</source>
        <translation type="unfinished">La etiqueta “{label}” aparece dos veces: los nombres de las etiquetas deben ser distintos.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another name or open it instead.</source>
        <translation type="unfinished">{path} ya existe: elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <source>There is no project file at {path}.</source>
        <translation type="unfinished">No hay ningún archivo de proyecto en {path}.</translation>
    </message>
    <message>
        <source>{name} is not a Shule project file.</source>
        <translation type="unfinished">{name} no es un archivo de proyecto de Shule.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Shule: update Shule to open it.</source>
        <translation type="unfinished">{name} se creó con una versión más nueva de Shule: actualice Shule para abrirlo.</translation>
    </message>
    <message>
        <source>{name} is damaged: {damage}. Open a backup copy of it instead, if you have one.</source>
        <translation type="unfinished">{name} está dañado: {damage}. Abra una copia de seguridad, si tiene una.</translation>
    </message>
    <message>
        <source>There is no sample with id {id}.</source>
        <translation type="unfinished">No hay ninguna muestra con el id {id}.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts left to rank: import some of your own texts first.</source>
        <translation type="unfinished">No quedan textos sin etiqueta para clasificar: primero importe algunos de sus propios textos.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts to annotate: import some first.</source>
        <translation type="unfinished">No hay textos sin etiqueta para anotar: primero importe algunos.</translation>
    </message>
    <message>
        <source>{done} of {total} texts</source>
        <translation type="unfinished">{done} de {total} textos</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is damaged ({why}): reinstall Shule, or fix or remove the file that {variable} names.</source>
        <translation type="unfinished">La lista de modelos maestros {path} está dañada ({why}): reinstale Shule, o corrija o elimine el archivo que indica {variable}.</translation>
    </message>
    <message>
        <source>context is missing or not a positive whole number</source>
        <translation type="unfinished">context falta o no es un número entero positivo</translation>
    </message>
    <message>
        <source>size_bytes is neither null nor a positive whole number</source>
        <translation type="unfinished">size_bytes no es ni null ni un número entero positivo</translation>
    </message>
    <message>
        <source>commercial_use is not true or false</source>
        <translation type="unfinished">commercial_use no es true ni false</translation>
    </message>
    <message>
        <source>languages is not a list of language codes</source>
        <translation type="unfinished">languages no es una lista de códigos de idioma</translation>
    </message>
    <message>
        <source>its id or revision is empty</source>
        <translation type="unfinished">su id o revisión está vacío</translation>
    </message>
    <message>
        <source>repo {repo} is not shaped like owner/name</source>
        <translation type="unfinished">repo {repo} no tiene la forma propietario/nombre</translation>
    </message>
    <message>
        <source>file {file} is not a .gguf file inside the repo</source>
        <translation type="unfinished">file {file} no es un archivo .gguf dentro del repositorio</translation>
    </message>
    <message>
        <source>sha256 is neither null nor 64 hexadecimal digits</source>
        <translation type="unfinished">sha256 no es ni null ni 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>There is no teacher model called {name} in Shule&apos;s list: choose one of {known}.</source>
        <translation type="unfinished">No hay ningún modelo maestro llamado {name} en la lista de Shule: elija uno de {known}.</translation>
    </message>
    <message>
        <source>It needs {need:g} GB of memory, and this computer has {has}: choose a smaller model.</source>
        <translation type="unfinished">Necesita {need:g} GB de memoria y esta computadora tiene {has}: elija un modelo más pequeño.</translation>
    </message>
    <message>
        <source>{key} is missing or not text</source>
        <translation type="unfinished">{key} falta o no es texto</translation>
    </message>
    <message>
        <source>{key} is missing or not a positive number</source>
        <translation type="unfinished">{key} falta o no es un número positivo</translation>
    </message>
    <message>
        <source>entry {n} is not an object</source>
        <translation type="unfinished">la entrada {n} no es un objeto</translation>
    </message>
    <message>
        <source>entry {n}: {problem}</source>
        <translation type="unfinished">entrada {n}: {problem}</translation>
    </message>
    <message>
        <source>it has no list of teachers</source>
        <translation type="unfinished">no tiene lista de maestros</translation>
    </message>
    <message>
        <source>The list of teacher models {path} was written for a newer Shule: update Shule.</source>
        <translation type="unfinished">La lista de modelos maestros {path} se escribió para una versión más nueva de Shule: actualice Shule.</translation>
    </message>
    <message>
        <source>two entries share an id</source>
        <translation type="unfinished">dos entradas comparten un id</translation>
    </message>
    <message>
        <source>It fits in the memory of the GPU ({gpu}: it needs {need:g} GB, the GPU has {has}), so it runs fast.</source>
        <translation type="unfinished">Cabe en la memoria de la GPU ({gpu}: necesita {need:g} GB y la GPU tiene {has}), así que funciona rápido.</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no NVIDIA GPU was found (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">Funcionará en la CPU, lentamente, porque no se encontró ninguna GPU NVIDIA (necesita {need:g} GB de memoria y esta computadora tiene {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and the disk has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">Para descargarlo se necesitan {need} de espacio libre en disco, y el disco tiene {free}: libere espacio o elija un modelo más pequeño.</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is missing: reinstall Shule, or point {variable} at an existing file.</source>
        <translation type="unfinished">Falta la lista de modelos maestros {path}: reinstale Shule o haga que {variable} apunte a un archivo existente.</translation>
    </message>
    <message>
        <source>it is not readable JSON</source>
        <translation type="unfinished">no es un JSON legible</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no GPU has the {vram:g} GB it needs (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">Funcionará en la CPU, lentamente, porque ninguna GPU tiene los {vram:g} GB que necesita (necesita {need:g} GB de memoria y esta computadora tiene {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and {where} has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">Para descargarlo se necesitan {need} de espacio libre en disco, y {where} tiene {free}: libere espacio o elija un modelo más pequeño.</translation>
    </message>
    <message>
        <source>a good fit</source>
        <translation type="unfinished">una buena opción</translation>
    </message>
    <message>
        <source>usable, though a better-matched base may do better</source>
        <translation type="unfinished">utilizable, aunque una base más adecuada podría dar mejores resultados</translation>
    </message>
    <message>
        <source>not recommended</source>
        <translation type="unfinished">no recomendada</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown, and strips accents or other marks from {dropped} of words: {advice}.</source>
        <translation type="unfinished">{base} divide las palabras en {language} en {fertility:.1f} partes en promedio, marca {unknown} como desconocidas y quita los acentos u otras marcas en {dropped} de las palabras: {advice}.</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown: {advice}.</source>
        <translation type="unfinished">{base} divide las palabras en {language} en {fertility:.1f} partes en promedio y marca {unknown} como desconocidas: {advice}.</translation>
    </message>
    <message>
        <source>No base model covers {language} well: use the quick student (character n-grams), which works for any script.</source>
        <translation type="unfinished">Ningún modelo base cubre bien el {language}: use el alumno rápido (n-gramas de caracteres), que sirve para cualquier escritura.</translation>
    </message>
    <message>
        <source>{base} covers {language} best ({fertility:.1f} pieces per word, {unknown} unknown): use it as the student base.</source>
        <translation type="unfinished">{base} es el que mejor cubre el {language} ({fertility:.1f} partes por palabra, {unknown} desconocidas): úselo como base del alumno.</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: add some before checking a base model.</source>
        <translation type="unfinished">Todavía no hay textos en {language}: agregue algunos antes de comprobar un modelo base.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer.json (or vocab.txt), so its coverage cannot be checked; pick the model&apos;s folder, or save its tokenizer in the fast format first.</source>
        <translation type="unfinished">{folder} no tiene tokenizer.json (ni vocab.txt), así que no se puede comprobar su cobertura; elija la carpeta del modelo o guarde antes su tokenizador en formato rápido.</translation>
    </message>
    <message>
        <source>{file} is not a tokenizer file that can be read ({detail}).</source>
        <translation type="unfinished">{file} no es un archivo de tokenizador legible ({detail}).</translation>
    </message>
    <message>
        <source>Export data as one of: {formats}.</source>
        <translation type="unfinished">Exporte los datos en uno de estos formatos: {formats}.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: accept some samples first.</source>
        <translation type="unfinished">Todavía no hay nada que exportar: primero acepte algunas muestras.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name to export to.</source>
        <translation type="unfinished">{path} es una carpeta: elija un nombre de archivo al que exportar.</translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder name to export the data set to.</source>
        <translation type="unfinished">{path} es un archivo: elija un nombre de carpeta al que exportar el conjunto de datos.</translation>
    </message>
    <message>
        <source>Shule cannot tell the format from “{name}”: end the name in .csv, .jsonl, .xlsx or .parquet, or give no suffix for a Hugging Face folder.</source>
        <translation type="unfinished">Shule no puede deducir el formato a partir de “{name}”: termine el nombre en .csv, .jsonl, .xlsx o .parquet, o no ponga extensión para una carpeta de Hugging Face.</translation>
    </message>
    <message>
        <source>Sample {id} is too long for an Excel cell or holds control characters Excel cannot store: export to CSV, JSONL or Parquet.</source>
        <translation type="unfinished">La muestra {id} es demasiado larga para una celda de Excel o contiene caracteres de control que Excel no puede guardar: exporte a CSV, JSONL o Parquet.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; what was there before is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">El disco está lleno, así que no se pudo escribir {path}; lo que había antes no cambió. Libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">El disco está lleno, así que no se pudo escribir {path}; no quedó nada allí. Libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation type="unfinished">No se pudo escribir {path}: {error}.</translation>
    </message>
    <message>
        <source>Checking the part downloaded before</source>
        <translation type="unfinished">Comprobando la parte descargada antes</translation>
    </message>
    <message>
        <source>Downloading {file} needs {short} more free space on {where}; it has {free} free and the rest of the file takes {remaining}: free some space, or set SHULE_MODELS_DIR to a folder on a bigger disk, then try again.</source>
        <translation type="unfinished">Para descargar {file} se necesitan {short} más de espacio libre en {where}; tiene {free} libres y el resto del archivo ocupa {remaining}: libere espacio o configure SHULE_MODELS_DIR con una carpeta en un disco más grande, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The downloaded file {file} is damaged ({why}): it was removed; download it again.</source>
        <translation type="unfinished">El archivo descargado {file} está dañado ({why}): se eliminó; descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>Shule could not reach {host}: check the internet connection; behind a proxy, set HTTPS_PROXY.</source>
        <translation type="unfinished">Shule no pudo conectarse a {host}: revise la conexión a internet; si usa un proxy, configure HTTPS_PROXY.</translation>
    </message>
    <message>
        <source>The proxy server (HTTPS_PROXY or HTTP_PROXY) did not pass on the download of {file} from {host}: check the proxy setting, or ask whoever runs the network.</source>
        <translation type="unfinished">El servidor proxy (HTTPS_PROXY o HTTP_PROXY) no dejó pasar la descarga de {file} desde {host}: revise la configuración del proxy o consulte a quien administra la red.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN): accept the licence on {page} while signed in, create a read token in your Hugging Face settings, set HF_TOKEN to it, then try again.</source>
        <translation type="unfinished">{file} requiere que acepte su licencia en huggingface.co y un token (HF_TOKEN): acepte la licencia en {page} con la sesión iniciada, cree un token de lectura en la configuración de Hugging Face, asigne ese token a HF_TOKEN y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to {host} kept breaking while downloading {file}: check the internet connection, then download it again; it will continue where it stopped.</source>
        <translation type="unfinished">La conexión con {host} se cortaba una y otra vez al descargar {file}: revise la conexión a internet y descárguelo de nuevo; continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Checking {file}, downloaded before</source>
        <translation type="unfinished">Comprobando {file}, descargado antes</translation>
    </message>
    <message>
        <source>Downloads are switched off ({name} is set): unset {name} to download {file}, or choose a model file already on this computer.</source>
        <translation type="unfinished">Las descargas están desactivadas ({name} está definida): elimine {name} para descargar {file}, o elija un archivo de modelo que ya esté en esta computadora.</translation>
    </message>
    <message>
        <source>{host} sent Shule round in circles when asked for {file}: try again later.</source>
        <translation type="unfinished">{host} redirigió a Shule una y otra vez al pedirle {file}: vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>{host} has no file {file} at the address Shule knows (HTTP {status}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">{host} no tiene el archivo {file} en la dirección que conoce Shule (HTTP {status}): puede que la lista de modelos esté desactualizada; actualice Shule o elija otro modelo.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} when asked for {file}: try again later.</source>
        <translation type="unfinished">{host} respondió HTTP {status} al pedirle {file}: vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>{host} offers {file} with a different size from the publisher&apos;s ({offered:,} bytes, not {size:,}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">{host} ofrece {file} con un tamaño distinto al del editor ({offered:,} bytes, no {size:,}): puede que la lista de modelos esté desactualizada; actualice Shule o elija otro modelo.</translation>
    </message>
    <message>
        <source>{size:,.0f} MB</source>
        <translation type="unfinished">{size:,.0f} MB</translation>
    </message>
    <message>
        <source>it has {done:,} bytes, not the publisher&apos;s {size:,}</source>
        <translation type="unfinished">tiene {done:,} bytes, no los {size:,} del editor</translation>
    </message>
    <message>
        <source>its checksum does not match the publisher&apos;s</source>
        <translation type="unfinished">su suma de verificación no coincide con la del editor</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {file} to {folder}: the part downloaded so far is kept; free some space, then download it again to continue.</source>
        <translation type="unfinished">El disco se llenó mientras se descargaba {file} en {folder}: se conserva la parte descargada hasta ahora; libere espacio y descárguelo de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Shule may not write to {folder}: set SHULE_MODELS_DIR to a folder you can write to, then try again.</source>
        <translation type="unfinished">Shule no tiene permiso para escribir en {folder}: configure SHULE_MODELS_DIR con una carpeta en la que pueda escribir y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN) that may read it, and the token given was refused: accept the licence on {page} while signed in, check the token, then try again.</source>
        <translation type="unfinished">{file} requiere que acepte su licencia en huggingface.co y un token (HF_TOKEN) con permiso para leerlo, y el token dado fue rechazado: acepte la licencia en {page} con la sesión iniciada, revise el token y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{host} could not send {file} just now (HTTP {status}): try again later; the download will continue where it stopped.</source>
        <translation type="unfinished">{host} no pudo enviar {file} en este momento (HTTP {status}): vuelva a intentarlo más tarde; la descarga continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>it is longer than the publisher&apos;s {size:,} bytes</source>
        <translation type="unfinished">es más grande que los {size:,} bytes del editor</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">listo</translation>
    </message>
    <message>
        <source>loading the model</source>
        <translation type="unfinished">cargando el modelo</translation>
    </message>
    <message>
        <source>timing one text at a time</source>
        <translation type="unfinished">midiendo el tiempo texto por texto</translation>
    </message>
    <message>
        <source>The files of model {model_id} are missing: train the student again.</source>
        <translation type="unfinished">Faltan los archivos del modelo {model_id}: entrene de nuevo al alumno.</translation>
    </message>
    <message>
        <source>There is nothing to score on: add gold samples, or train with a dev share.</source>
        <translation type="unfinished">No hay nada con qué evaluar: agregue muestras de referencia o entrene con una parte de validación.</translation>
    </message>
    <message>
        <source>scoring {n} gold samples</source>
        <translation type="unfinished">evaluando con {n} muestras de referencia</translation>
    </message>
    <message>
        <source>scoring {n} held-out samples</source>
        <translation type="unfinished">evaluando con {n} muestras reservadas</translation>
    </message>
    <message>
        <source>The macro-F1 the int8 model may lose must be zero or more points.</source>
        <translation type="unfinished">Los puntos de macro-F1 que puede perder el modelo int8 deben ser cero o más.</translation>
    </message>
    <message>
        <source>{folder} is not an exported Shule model: export the model first.</source>
        <translation type="unfinished">{folder} no es un modelo exportado de Shule: primero exporte el modelo.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose a folder for the exported model.</source>
        <translation type="unfinished">{folder} es un archivo: elija una carpeta para el modelo exportado.</translation>
    </message>
    <message>
        <source>{folder} already holds other files: choose an empty folder or a new name for the export.</source>
        <translation type="unfinished">{folder} ya contiene otros archivos: elija una carpeta vacía o un nombre nuevo para la exportación.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; the zip already there is unchanged. Free some space, then try again.</source>
        <translation type="unfinished">El disco está lleno, así que no se pudo escribir {file}; el zip que ya estaba no cambió. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; nothing was left there. Free some space, then try again.</source>
        <translation type="unfinished">El disco está lleno, así que no se pudo escribir {file}; no quedó nada allí. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not write {file}: {detail}.</source>
        <translation type="unfinished">No se pudo escribir {file}: {detail}.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; the bundle already there is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">El disco está lleno, así que no se pudo exportar el modelo a {folder}; el paquete que ya estaba no cambió. Libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">El disco está lleno, así que no se pudo exportar el modelo a {folder}; no quedó nada allí. Libere espacio y vuelva a exportar.</translation>
    </message>
    <message>
        <source>converting the model to ONNX</source>
        <translation type="unfinished">convirtiendo el modelo a ONNX</translation>
    </message>
    <message>
        <source>checking the export on {n} texts</source>
        <translation type="unfinished">comprobando la exportación con {n} textos</translation>
    </message>
    <message>
        <source>writing the model card</source>
        <translation type="unfinished">escribiendo la ficha del modelo</translation>
    </message>
    <message>
        <source>making the small int8 model</source>
        <translation type="unfinished">creando el modelo pequeño int8</translation>
    </message>
    <message>
        <source>checking the {variant} model on {n} texts</source>
        <translation type="unfinished">comprobando el modelo {variant} con {n} textos</translation>
    </message>
    <message>
        <source>timing the {variant} model on this computer</source>
        <translation type="unfinished">midiendo el tiempo del modelo {variant} en esta computadora</translation>
    </message>
    <message>
        <source>Sample {id} is a gold sample: the test set is never shown to the teacher.</source>
        <translation type="unfinished">La muestra {id} es una muestra de referencia: el conjunto de prueba nunca se muestra al maestro.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; no samples had been made yet, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">El disco está lleno, así que la generación se detuvo; todavía no se había hecho ninguna muestra y nada quedó a medio escribir. Libere espacio y reanude el trabajo {job} para hacer el resto.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} sample it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">El disco está lleno, así que la generación se detuvo; la {n} muestra hecha hasta ahora ({made}) está guardada y nada quedó a medio escribir. Libere espacio y reanude el trabajo {job} para hacer el resto.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} samples it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">El disco está lleno, así que la generación se detuvo; las {n} muestras hechas hasta ahora ({made}) están guardadas y nada quedó a medio escribir. Libere espacio y reanude el trabajo {job} para hacer el resto.</translation>
    </message>
    <message>
        <source>The disk is full, so generation could not start; nothing was changed. Free some space, then try again.</source>
        <translation type="unfinished">El disco está lleno, así que la generación no pudo empezar; no se cambió nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">Cargando el maestro</translation>
    </message>
    <message>
        <source>Choose a teacher before generating samples.</source>
        <translation type="unfinished">Elija un maestro antes de generar muestras.</translation>
    </message>
    <message>
        <source>{done} of {total} samples ({per_label}) · about {seconds:.0f} s left</source>
        <translation type="unfinished">{done} de {total} muestras ({per_label}) · quedan unos {seconds:.0f} s</translation>
    </message>
    <message>
        <source>0 of {total} samples · waiting for the teacher</source>
        <translation type="unfinished">0 de {total} muestras · esperando al maestro</translation>
    </message>
    <message>
        <source>The teacher failed {n} times in a row, so generation stopped; the samples made so far are kept. Last error: {error}</source>
        <translation type="unfinished">El maestro falló {n} veces seguidas, así que la generación se detuvo; se conservan las muestras hechas hasta ahora. Último error: {error}</translation>
    </message>
    <message>
        <source>A gold sample needs a text: type the text the student should label.</source>
        <translation type="unfinished">Una muestra de referencia necesita un texto: escriba el texto que el alumno debe etiquetar.</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels: choose one of {labels}.</source>
        <translation type="unfinished">“{label}” no es una de las etiquetas de este proyecto: elija una de {labels}.</translation>
    </message>
    <message>
        <source>{size:,.0f} GB</source>
        <translation type="unfinished">{size:,.0f} GB</translation>
    </message>
    <message>
        <source>CPU: {cores}, without AVX2 (models run more slowly)</source>
        <translation type="unfinished">CPU: {cores}, sin AVX2 (los modelos funcionan más lento)</translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <translation type="unfinished">{size:.1f} GB</translation>
    </message>
    <message>
        <source>{n} core</source>
        <translation type="unfinished">{n} núcleo</translation>
    </message>
    <message>
        <source>{n} cores</source>
        <translation type="unfinished">{n} núcleos</translation>
    </message>
    <message>
        <source>CPU: {cores}</source>
        <translation type="unfinished">CPU: {cores}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX-512</source>
        <translation type="unfinished">CPU: {cores}, con AVX-512</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 (no AVX-512)</source>
        <translation type="unfinished">CPU: {cores}, con AVX2 (sin AVX-512)</translation>
    </message>
    <message>
        <source>CPU: {cores}, ARM with NEON</source>
        <translation type="unfinished">CPU: {cores}, ARM con NEON</translation>
    </message>
    <message>
        <source>GPU: {name}, {memory}</source>
        <translation type="unfinished">GPU: {name}, {memory}</translation>
    </message>
    <message>
        <source>Memory: {size}</source>
        <translation type="unfinished">Memoria: {size}</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation type="unfinished">Memoria: desconocida</translation>
    </message>
    <message>
        <source>Free disk: {size} in {path}</source>
        <translation type="unfinished">Disco libre: {size} en {path}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 and AVX-512</source>
        <translation type="unfinished">CPU: {cores}, con AVX2 y AVX-512</translation>
    </message>
    <message>
        <source>GPU: none found (NVIDIA GPUs are detected with nvidia-smi)</source>
        <translation type="unfinished">GPU: no se encontró ninguna (las GPU NVIDIA se detectan con nvidia-smi)</translation>
    </message>
    <message>
        <source>{done:,.0f} of {total:,.0f} MB</source>
        <translation type="unfinished">{done:,.0f} de {total:,.0f} MB</translation>
    </message>
    <message>
        <source>{done:,.0f} of {total:,.0f} KB</source>
        <translation type="unfinished">{done:,.0f} de {total:,.0f} KB</translation>
    </message>
    <message>
        <source>{done:,.1f} of {total:,.1f} MB</source>
        <translation type="unfinished">{done:,.1f} de {total:,.1f} MB</translation>
    </message>
    <message>
        <source>{amount} · {speed} · {left}</source>
        <translation type="unfinished">{amount} · {speed} · {left}</translation>
    </message>
    <message>
        <source>The model folder {spec} does not exist, and it is not a Hugging Face model id either (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">La carpeta de modelo {spec} no existe, y tampoco es un id de modelo de Hugging Face (como FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>{model} is already on this computer</source>
        <translation type="unfinished">{model} ya está en esta computadora</translation>
    </message>
    <message>
        <source>Shule cannot download {model} because Hugging Face&apos;s offline mode is on (HF_HUB_OFFLINE), and it is not on this computer yet: turn offline mode off and connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">Shule no puede descargar {model} porque el modo sin conexión de Hugging Face está activado (HF_HUB_OFFLINE) y todavía no está en esta computadora: desactive el modo sin conexión y conéctese a internet una vez, o elija una carpeta de modelo descargada.</translation>
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
        <translation type="unfinished">queda menos de un minuto</translation>
    </message>
    <message>
        <source>Looking up {model} on the Hugging Face hub</source>
        <translation type="unfinished">Buscando {model} en el hub de Hugging Face</translation>
    </message>
    <message>
        <source>{model} asks you to accept its licence on huggingface.co first: accept it there while signed in, give Shule your access token (HF_TOKEN), then try again, or choose another base.</source>
        <translation type="unfinished">{model} le pide que primero acepte su licencia en huggingface.co: acéptela allí con la sesión iniciada, dé a Shule su token de acceso (HF_TOKEN) y vuelva a intentarlo, o elija otra base.</translation>
    </message>
    <message>
        <source>{model} has been disabled on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} fue deshabilitado en el hub de Hugging Face: elija otra base.</translation>
    </message>
    <message>
        <source>Shule could not reach the Hugging Face hub to download {model}, and it is not on this computer yet: connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">Shule no pudo conectarse al hub de Hugging Face para descargar {model}, y todavía no está en esta computadora: conéctese a internet una vez o elija una carpeta de modelo descargada.</translation>
    </message>
    <message>
        <source>There is no model called {model} on the Hugging Face hub, and no folder of that name on this computer: check the spelling (such as FacebookAI/xlm-roberta-base), or sign in with an access token (HF_TOKEN) if it is private.</source>
        <translation type="unfinished">No hay ningún modelo llamado {model} en el hub de Hugging Face, ni ninguna carpeta con ese nombre en esta computadora: revise cómo está escrito (como FacebookAI/xlm-roberta-base) o inicie sesión con un token de acceso (HF_TOKEN) si es privado.</translation>
    </message>
    <message>
        <source>{model} changed on the Hugging Face hub while Shule was downloading it: try again.</source>
        <translation type="unfinished">{model} cambió en el hub de Hugging Face mientras Shule lo descargaba: vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Shule may not write to the Hugging Face cache ({folder}) to download {model}: set HF_HOME to a folder you can write to.</source>
        <translation type="unfinished">Shule no tiene permiso para escribir en la caché de Hugging Face ({folder}) para descargar {model}: configure HF_HOME con una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {model}: free some space, or set HF_HOME to a larger disk, then try again.</source>
        <translation type="unfinished">El disco se llenó mientras se descargaba {model}: libere espacio o configure HF_HOME con un disco más grande y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Hugging Face hub did not accept the access token on this computer while fetching {model}: renew it (HF_TOKEN), or choose a downloaded model folder.</source>
        <translation type="unfinished">El hub de Hugging Face no aceptó el token de acceso de esta computadora al obtener {model}: renuévelo (HF_TOKEN) o elija una carpeta de modelo descargada.</translation>
    </message>
    <message>
        <source>The Hugging Face hub refused access to {model}: check that your access token (HF_TOKEN) may read it, or choose another base.</source>
        <translation type="unfinished">El hub de Hugging Face denegó el acceso a {model}: compruebe que su token de acceso (HF_TOKEN) tenga permiso para leerlo o elija otra base.</translation>
    </message>
    <message>
        <source>The Hugging Face hub could not send {model} just now (HTTP {status}): try again later, or choose a downloaded model folder.</source>
        <translation type="unfinished">El hub de Hugging Face no pudo enviar {model} en este momento (HTTP {status}): vuelva a intentarlo más tarde o elija una carpeta de modelo descargada.</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation type="unfinished">quedan unos {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation type="unfinished">quedan unas {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>The download of {model} is incomplete: try again.</source>
        <translation type="unfinished">La descarga de {model} está incompleta: vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{model} has no config.json, so it is not a model Shule can fine-tune: choose another base.</source>
        <translation type="unfinished">{model} no tiene config.json, así que no es un modelo que Shule pueda ajustar: elija otra base.</translation>
    </message>
    <message>
        <source>{model} has no model weights in safetensors format (model.safetensors) on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} no tiene pesos de modelo en formato safetensors (model.safetensors) en el hub de Hugging Face: elija otra base.</translation>
    </message>
    <message>
        <source>{model} has no tokenizer files on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} no tiene archivos de tokenizador en el hub de Hugging Face: elija otra base.</translation>
    </message>
    <message>
        <source>{model} lacks weight files its index names ({files}): choose another base.</source>
        <translation type="unfinished">A {model} le faltan archivos de pesos que nombra su índice ({files}): elija otra base.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to download {model} ({needed:,.0f} MB needed, {free:,.0f} MB free in {folder}): free some space, or set HF_HOME to a larger disk.</source>
        <translation type="unfinished">No hay suficiente espacio libre en disco para descargar {model} (se necesitan {needed:,.0f} MB, hay {free:,.0f} MB libres en {folder}): libere espacio o configure HF_HOME con un disco más grande.</translation>
    </message>
    <message>
        <source>The connection to the Hugging Face hub broke while downloading {model}: try again when you are online, and the download will continue where it stopped.</source>
        <translation type="unfinished">La conexión con el hub de Hugging Face se cortó mientras se descargaba {model}: vuelva a intentarlo cuando tenga conexión y la descarga continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>{model} publishes its weights only in the older pickle format, which Shule does not load for safety: choose another base or convert it to safetensors.</source>
        <translation type="unfinished">{model} publica sus pesos solo en el antiguo formato pickle, que Shule no carga por seguridad: elija otra base o conviértalo a safetensors.</translation>
    </message>
    <message>
        <source>The weight index of {model} on the Hugging Face hub is damaged: choose another base.</source>
        <translation type="unfinished">El índice de pesos de {model} en el hub de Hugging Face está dañado: elija otra base.</translation>
    </message>
    <message>
        <source>The download of {model} arrived damaged twice ({file}): check the connection, then try again.</source>
        <translation type="unfinished">La descarga de {model} llegó dañada dos veces ({file}): revise la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">{file} no tiene ninguna columna de etiqueta llamada “{column}”; sus columnas son: ninguna.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">La fila {row} de {file} {why}. No se importó nada: corrija el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">{file} no tiene ninguna columna de texto llamada “{column}”; sus columnas son: ninguna.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">{file} no tiene ninguna columna de etiqueta llamada “{column}”; sus columnas son: {columns}.</translation>
    </message>
    <message>
        <source>1 row of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">1 fila de {file} no se puede importar: {problems}; no se importará nada hasta que se corrija.</translation>
    </message>
    <message>
        <source>{n} rows of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">{n} filas de {file} no se pueden importar: {problems}; no se importará nada hasta que se corrijan.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">Nada que importar: {file} no tiene filas con texto.</translation>
    </message>
    <message>
        <source>{n} texts will be imported from {file}.</source>
        <translation type="unfinished">Se importarán {n} textos de {file}.</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Se importarán {n} muestras de {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file}.</source>
        <translation type="unfinished">Se importarán {n} muestras de {file}.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. 1 more row cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">La fila {row} de {file} {why}. Tampoco se puede importar 1 fila más: {problems}. No se importó nada: corrija el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. {more} more rows cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">La fila {row} de {file} {why}. Tampoco se pueden importar {more} filas más: {problems}. No se importó nada: corrija el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{problems}; and {n} more</source>
        <translation type="unfinished">{problems}; y {n} más</translation>
    </message>
    <message>
        <source>Import as one of: {kinds}.</source>
        <translation type="unfinished">Importar como uno de estos tipos: {kinds}.</translation>
    </message>
    <message>
        <source>Imported samples can be accepted or pending, not “{status}”.</source>
        <translation type="unfinished">Las muestras importadas pueden estar aceptadas o pendientes, no “{status}”.</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">{file} no tiene ninguna columna de texto llamada “{column}”; sus columnas son: {columns}.</translation>
    </message>
    <message>
        <source>{n} text will be imported from {file}.</source>
        <translation type="unfinished">Se importará {n} texto de {file}.</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Se importarán {n} ejemplos de referencia de {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file}.</source>
        <translation type="unfinished">Se importarán {n} ejemplos de referencia de {file}.</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Se importará {n} muestra de {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file}.</source>
        <translation type="unfinished">Se importará {n} muestra de {file}.</translation>
    </message>
    <message>
        <source>{problems}; row {row} {why}</source>
        <translation type="unfinished">{problems}; la fila {row} {why}</translation>
    </message>
    <message>
        <source>row {row} {why}</source>
        <translation type="unfinished">la fila {row} {why}</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns (is a comma or tab inside a text without quotes?)</source>
        <translation type="unfinished">tiene {cells} celdas pero el encabezado tiene {columns} columnas (¿hay una coma o un tabulador dentro de un texto sin comillas?)</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation type="unfinished">no tiene texto</translation>
    </message>
    <message>
        <source>has a text of {n:,} characters; a text to classify can have at most {most:,}: shorten or split it</source>
        <translation type="unfinished">tiene un texto de {n:,} caracteres; un texto para clasificar puede tener como máximo {most:,}: acórtelo o divídalo</translation>
    </message>
    <message>
        <source>has text that is not valid Unicode</source>
        <translation type="unfinished">tiene texto que no es Unicode válido</translation>
    </message>
    <message>
        <source>has no label</source>
        <translation type="unfinished">no tiene etiqueta</translation>
    </message>
    <message>
        <source>Could not write to {name} ({error}); nothing was imported.</source>
        <translation type="unfinished">No se pudo escribir en {name} ({error}); no se importó nada.</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Se importará {n} ejemplo de referencia de {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file}.</source>
        <translation type="unfinished">Se importará {n} ejemplo de referencia de {file}.</translation>
    </message>
    <message>
        <source>has the label “{label}”, which is not one of this project&apos;s labels ({labels})</source>
        <translation type="unfinished">tiene la etiqueta “{label}”, que no es una de las etiquetas de este proyecto ({labels})</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was imported from {file}. Free some space, then import it again.</source>
        <translation type="unfinished">El disco está lleno, así que no se importó nada de {file}. Libere espacio y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>generate</source>
        <translation type="unfinished">de generación</translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished">de entrenamiento</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation type="unfinished">de evaluación</translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">de exportación</translation>
    </message>
    <message>
        <source>score_teacher</source>
        <translation type="unfinished">de evaluación del maestro</translation>
    </message>
    <message>
        <source>learning_curve</source>
        <translation type="unfinished">de curva de aprendizaje</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished">de clasificación</translation>
    </message>
    <message>
        <source>“{code}” is not a known language code.</source>
        <translation type="unfinished">“{code}” no es un código de idioma conocido.</translation>
    </message>
    <message>
        <source>Type a language name or code.</source>
        <translation type="unfinished">Escriba el nombre o el código de un idioma.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known.</source>
        <translation type="unfinished">No se conoce ningún idioma llamado “{name}”.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known. Did you mean {language}?</source>
        <translation type="unfinished">No se conoce ningún idioma llamado “{name}”. ¿Quiso decir {language}?</translation>
    </message>
    <message>
        <source>There is nothing to score the curve on: add gold samples, or more accepted samples.</source>
        <translation type="unfinished">No hay nada con qué evaluar la curva: agregue muestras de referencia o más muestras aceptadas.</translation>
    </message>
    <message>
        <source>{percent} %: {status}</source>
        <translation type="unfinished">{percent} %: {status}</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels.</source>
        <translation type="unfinished">“{label}” no es una de las etiquetas de este proyecto.</translation>
    </message>
    <message>
        <source>A sample&apos;s text cannot be empty.</source>
        <translation type="unfinished">El texto de una muestra no puede estar vacío.</translation>
    </message>
    <message>
        <source>The target must be at least 1 sample per label.</source>
        <translation type="unfinished">El objetivo debe ser al menos 1 muestra por etiqueta.</translation>
    </message>
    <message>
        <source>This project has no trained model yet: train a student first.</source>
        <translation type="unfinished">Este proyecto todavía no tiene ningún modelo entrenado: primero entrene un alumno.</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}, loss {loss:.3f}</source>
        <translation type="unfinished">época {epoch}/{epochs}, pérdida {loss:.3f}</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (settings.json is missing).</source>
        <translation type="unfinished">{folder} no es un trabajo de entrenamiento de Shule (falta settings.json).</translation>
    </message>
    <message>
        <source>The training job in {folder} has no output/metrics.json: run it again.</source>
        <translation type="unfinished">El trabajo de entrenamiento en {folder} no tiene output/metrics.json: ejecútelo de nuevo.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: the run may not have saved its model.</source>
        <translation type="unfinished">{folder} no tiene config.json: puede que la ejecución no haya guardado su modelo.</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder for the training job.</source>
        <translation type="unfinished">{folder} ya existe y no está vacía: elija una carpeta nueva para el trabajo de entrenamiento.</translation>
    </message>
    <message>
        <source>The quick student trains in seconds on this computer: export a training job for a pretrained base model instead.</source>
        <translation type="unfinished">El alumno rápido se entrena en segundos en esta computadora: exporte en su lugar un trabajo de entrenamiento para un modelo base preentrenado.</translation>
    </message>
    <message>
        <source>Name the base model: a folder or a Hugging Face model id.</source>
        <translation type="unfinished">Indique el modelo base: una carpeta o un id de modelo de Hugging Face.</translation>
    </message>
    <message>
        <source>{base} is neither a model folder on this computer nor a Hugging Face model id.</source>
        <translation type="unfinished">{base} no es ni una carpeta de modelo en esta computadora ni un id de modelo de Hugging Face.</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (its settings.json is not Shule&apos;s).</source>
        <translation type="unfinished">{folder} no es un trabajo de entrenamiento de Shule (su settings.json no es de Shule).</translation>
    </message>
    <message>
        <source>The training job in {folder} was written by a newer Shule: update Shule to import it.</source>
        <translation type="unfinished">El trabajo de entrenamiento en {folder} se escribió con una versión más nueva de Shule: actualice Shule para importarlo.</translation>
    </message>
    <message>
        <source>The training job in {folder} has not finished (output/DONE is missing): run `accelerate launch train.py` there to the end, then import it again.</source>
        <translation type="unfinished">El trabajo de entrenamiento en {folder} no ha terminado (falta output/DONE): ejecute allí `accelerate launch train.py` hasta el final y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>The data in {folder} was changed after Shule exported it, so Shule cannot tell which samples the model learned from: export a new job.</source>
        <translation type="unfinished">Los datos de {folder} se cambiaron después de que Shule los exportara, así que Shule no puede saber de qué muestras aprendió el modelo: exporte un trabajo nuevo.</translation>
    </message>
    <message>
        <source>The training job has no model folder ({folder}): run it again.</source>
        <translation type="unfinished">El trabajo de entrenamiento no tiene carpeta de modelo ({folder}): ejecútelo de nuevo.</translation>
    </message>
    <message>
        <source>{folder} holds pickled weights ({files}), which can run code when loaded: Shule imports safetensors weights only (save_pretrained(safe_serialization=True)).</source>
        <translation type="unfinished">{folder} contiene pesos en formato pickle ({files}), que pueden ejecutar código al cargarse: Shule solo importa pesos safetensors (save_pretrained(safe_serialization=True)).</translation>
    </message>
    <message>
        <source>{folder} has no model.safetensors: the run may not have saved its model.</source>
        <translation type="unfinished">{folder} no tiene model.safetensors: puede que la ejecución no haya guardado su modelo.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts {predicted}, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">El modelo en {folder} predice {predicted}, no las etiquetas del trabajo {labels}: ejecute el trabajo de nuevo.</translation>
    </message>
    <message>
        <source>copying the base model</source>
        <translation type="unfinished">copiando el modelo base</translation>
    </message>
    <message>
        <source>The job was trained for the labels {labels}, but this project has {project_labels}: import it into the project it was exported from.</source>
        <translation type="unfinished">El trabajo se entrenó para las etiquetas {labels}, pero este proyecto tiene {project_labels}: impórtelo en el proyecto desde el que se exportó.</translation>
    </message>
    <message>
        <source>The job was exported from another project ({name}): import it into that project.</source>
        <translation type="unfinished">El trabajo se exportó desde otro proyecto ({name}): impórtelo en ese proyecto.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts no labels, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">El modelo en {folder} no predice ninguna etiqueta, en lugar de las etiquetas del trabajo {labels}: ejecute el trabajo de nuevo.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}): the job folder may be damaged.</source>
        <translation type="unfinished">No se puede leer {path} ({detail}): puede que la carpeta del trabajo esté dañada.</translation>
    </message>
    <message>
        <source>{path} is missing: copy the whole job folder back, data/ included.</source>
        <translation type="unfinished">Falta {path}: vuelva a copiar la carpeta completa del trabajo, incluida data/.</translation>
    </message>
    <message>
        <source>This run of the training job is already in the project as model {model_id}.</source>
        <translation type="unfinished">Esta ejecución del trabajo de entrenamiento ya está en el proyecto como el modelo {model_id}.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">Maestro</translation>
    </message>
    <message>
        <source>No system keyring is available, so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">No hay ningún llavero del sistema disponible, así que la clave de API se guardó en {path}, un archivo que solo su cuenta de usuario puede leer. Cualquiera que pueda iniciar sesión como usted, o leer sus copias de seguridad, también puede leerla.</translation>
    </message>
    <message>
        <source>No system keyring is available: API keys are kept in {path}, a file only your user account can read.</source>
        <translation type="unfinished">No hay ningún llavero del sistema disponible: las claves de API se guardan en {path}, un archivo que solo su cuenta de usuario puede leer.</translation>
    </message>
    <message>
        <source>The system keyring refused the key ({kind}), so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">El llavero del sistema rechazó la clave ({kind}), así que la clave de API se guardó en {path}, un archivo que solo su cuenta de usuario puede leer. Cualquiera que pueda iniciar sesión como usted, o leer sus copias de seguridad, también puede leerla.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring ({keyring}).</source>
        <translation type="unfinished">Las claves de API se guardan en el llavero del sistema ({keyring}).</translation>
    </message>
    <message>
        <source>Other users on this computer can read {path}, so Shule will not use the API keys in it. Make it private (chmod 600 {path}) or delete it and enter the keys again.</source>
        <translation type="unfinished">Otros usuarios de esta computadora pueden leer {path}, así que Shule no usará las claves de API que contiene. Hágalo privado (chmod 600 {path}) o elimínelo y vuelva a introducir las claves.</translation>
    </message>
    <message>
        <source>The API key file {path} is damaged; delete it and enter the keys again.</source>
        <translation type="unfinished">El archivo de claves de API {path} está dañado; elimínelo y vuelva a introducir las claves.</translation>
    </message>
    <message>
        <source>Few-shot generation needs real examples: import or accept some samples first.</source>
        <translation type="unfinished">La generación con ejemplos (few-shot) necesita ejemplos reales: primero importe o acepte algunas muestras.</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: have the teacher propose them first (shule attributes PROJECT --propose), or add your own.</source>
        <translation type="unfinished">La generación diversa necesita temas y estilos: primero haga que el maestro los proponga (shule attributes PROJECT --propose) o agregue los suyos.</translation>
    </message>
    <message>
        <source>The teacher&apos;s list of topics and styles could not be read; try again or type your own.</source>
        <translation type="unfinished">No se pudo leer la lista de temas y estilos del maestro; vuelva a intentarlo o escriba los suyos.</translation>
    </message>
    <message>
        <source>loading the base model</source>
        <translation type="unfinished">cargando el modelo base</translation>
    </message>
    <message>
        <source>The weights in {folder} do not match its config.json: the download may be mixed up.</source>
        <translation type="unfinished">Los pesos de {folder} no coinciden con su config.json: puede que la descarga esté mezclada.</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} cannot be converted to a fast tokenizer.</source>
        <translation type="unfinished">El tokenizador de {folder} no se puede convertir en un tokenizador rápido.</translation>
    </message>
    <message>
        <source>The model folder {folder} is missing: train the student again.</source>
        <translation type="unfinished">Falta la carpeta del modelo {folder}: entrene de nuevo al alumno.</translation>
    </message>
    <message>
        <source>Shule cannot load the model in {folder}: {detail}</source>
        <translation type="unfinished">Shule no puede cargar el modelo de {folder}: {detail}</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} has no padding token.</source>
        <translation type="unfinished">El tokenizador de {folder} no tiene token de relleno.</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}/{total} · loss {loss:.2f} · about {time} left</source>
        <translation type="unfinished">época {epoch} · paso {step}/{total} · pérdida {loss:.2f} · quedan unos {time}</translation>
    </message>
    <message>
        <source>epoch {epoch}: dev macro-F1 {f1:.2f}</source>
        <translation type="unfinished">época {epoch}: macro-F1 de validación {f1:.2f}</translation>
    </message>
    <message>
        <source>memory is short: each batch now runs in {parts} parts</source>
        <translation type="unfinished">falta memoria: ahora cada lote se procesa en {parts} partes</translation>
    </message>
    <message>
        <source>The model does not fit in memory even one text at a time: choose a smaller base model or a shorter maximum length.</source>
        <translation type="unfinished">El modelo no cabe en la memoria ni siquiera con un texto a la vez: elija un modelo base más pequeño o una longitud máxima más corta.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">No se pudo leer {name} como archivo {format}: revise el archivo o guárdelo como CSV, TSV, TXT, JSONL, XLSX o Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">No se pudo leer {name} como libro de Excel (.xlsx): revise el archivo o guárdelo como CSV, TSV, TXT, JSONL, XLSX o Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">No se pudo leer {name} como archivo Parquet: revise el archivo o guárdelo como CSV, TSV, TXT, JSONL, XLSX o Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">No se pudo leer {name} como archivo {format} ({error}): revise el archivo o guárdelo como CSV, TSV, TXT, JSONL, XLSX o Parquet.</translation>
    </message>
    <message>
        <source>Shule cannot read {suffix} files: save {name} as CSV, TSV, TXT, JSONL, XLSX or Parquet and try again.</source>
        <translation type="unfinished">Shule no puede leer archivos {suffix}: guarde {name} como CSV, TSV, TXT, JSONL, XLSX o Parquet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">No se pudo leer {name} como libro de Excel (.xlsx) ({error}): revise el archivo o guárdelo como CSV, TSV, TXT, JSONL, XLSX o Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">No se pudo leer {name} como archivo Parquet ({error}): revise el archivo o guárdelo como CSV, TSV, TXT, JSONL, XLSX o Parquet.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} está vacío.</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: put the column names in row 1.</source>
        <translation type="unfinished">La primera hoja de {name} está vacía: ponga los nombres de las columnas en la fila 1.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished">No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: choose a file to import.</source>
        <translation type="unfinished">{path} es una carpeta, no un archivo: elija un archivo para importar.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <translation type="unfinished">No se pudo leer {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is too big to read into memory: split it into smaller files and import them one by one.</source>
        <translation type="unfinished">{name} es demasiado grande para cargarlo en memoria: divídalo en archivos más pequeños e impórtelos uno por uno.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 or UTF-16 text (byte {byte} does not fit): save it as UTF-8 and try again.</source>
        <translation type="unfinished">{name} no es texto UTF-8 ni UTF-16 (el byte {byte} no corresponde): guárdelo como UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{name} is not valid {format} near row {row} ({error}): check its quotes.</source>
        <translation type="unfinished">{name} no es {format} válido cerca de la fila {row} ({error}): revise sus comillas.</translation>
    </message>
    <message>
        <source>{name} has no sheets.</source>
        <translation type="unfinished">{name} no tiene hojas.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation type="unfinished">{name} no es JSON válido ({error}).</translation>
    </message>
    <message>
        <source>is not a JSON object ({example})</source>
        <translation type="unfinished">no es un objeto JSON ({example})</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation type="unfinished">no es JSON válido ({error})</translation>
    </message>
    <message>
        <source>There are no gold samples to score the teacher on: add a few gold samples first.</source>
        <translation type="unfinished">No hay muestras de referencia con las que evaluar al maestro: primero agregue algunas.</translation>
    </message>
    <message>
        <source>This project has no teacher yet: choose one in Teacher settings first.</source>
        <translation type="unfinished">Este proyecto todavía no tiene maestro: primero elija uno en la configuración del maestro.</translation>
    </message>
    <message>
        <source>{done} of {total} gold texts</source>
        <translation type="unfinished">{done} de {total} textos de referencia</translation>
    </message>
    <message>
        <source>loading the teacher</source>
        <translation type="unfinished">cargando el maestro</translation>
    </message>
    <message>
        <source>Unknown teacher kind “{kind}”.</source>
        <translation type="unfinished">Tipo de maestro desconocido “{kind}”.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher settings hold an API key, which project files must not: enter the key again in Teacher settings.</source>
        <translation type="unfinished">La configuración del maestro de este proyecto contiene una clave de API, algo que los archivos de proyecto no deben contener: vuelva a introducir la clave en la configuración del maestro.</translation>
    </message>
    <message>
        <source>The teacher has no server address: set it in Teacher settings.</source>
        <translation type="unfinished">El maestro no tiene dirección de servidor: indíquela en la configuración del maestro.</translation>
    </message>
    <message>
        <source>No API key called “{name}” is stored on this computer: enter it in Teacher settings.</source>
        <translation type="unfinished">No hay ninguna clave de API llamada “{name}” guardada en esta computadora: introdúzcala en la configuración del maestro.</translation>
    </message>
    <message>
        <source>The server at {url} answers.</source>
        <translation type="unfinished">El servidor en {url} responde.</translation>
    </message>
    <message>
        <source>It accepted the API key.</source>
        <translation type="unfinished">Aceptó la clave de API.</translation>
    </message>
    <message>
        <source>It did not ask for an API key.</source>
        <translation type="unfinished">No pidió ninguna clave de API.</translation>
    </message>
    <message>
        <source>It does not list its models, so the model name could not be checked.</source>
        <translation type="unfinished">No muestra la lista de sus modelos, así que no se pudo comprobar el nombre del modelo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished">Detenido.</translation>
    </message>
    <message>
        <source>It has no models: load or download one there first.</source>
        <translation type="unfinished">No tiene modelos: primero cargue o descargue uno allí.</translation>
    </message>
    <message>
        <source>The model {model} is there.</source>
        <translation type="unfinished">El modelo {model} está disponible.</translation>
    </message>
    <message>
        <source>Asking the model for a test reply failed: {error}</source>
        <translation type="unfinished">Falló la solicitud de una respuesta de prueba al modelo: {error}</translation>
    </message>
    <message>
        <source>It has {n} model: {models}.</source>
        <translation type="unfinished">Tiene {n} modelo: {models}.</translation>
    </message>
    <message>
        <source>It has {n} models: {models}.</source>
        <translation type="unfinished">Tiene {n} modelos: {models}.</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished">Servidor llama.cpp</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished">Servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation type="unfinished">No hay ningún archivo de modelo en {path}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation type="unfinished">{name} no es un archivo de modelo GGUF.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as a model: {error}</source>
        <translation type="unfinished">No se pudo cargar {name} como modelo: {error}</translation>
    </message>
    <message>
        <source>The teacher could not answer: {error}</source>
        <translation type="unfinished">El maestro no pudo responder: {error}</translation>
    </message>
    <message>
        <source>{first} · {then}</source>
        <translation type="unfinished">{first} · {then}</translation>
    </message>
    <message>
        <source>unknown quantization</source>
        <translation type="unfinished">cuantización desconocida</translation>
    </message>
    <message>
        <source>context {n:,} tokens</source>
        <translation type="unfinished">contexto de {n:,} tokens</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation type="unfinished">{size:.1f} MB</translation>
    </message>
    <message>
        <source>no chat template (ChatML is used)</source>
        <translation type="unfinished">sin plantilla de chat (se usa ChatML)</translation>
    </message>
    <message>
        <source>{name} is not a readable GGUF model file: {error}.</source>
        <translation type="unfinished">{name} no es un archivo de modelo GGUF legible: {error}.</translation>
    </message>
    <message>
        <source>{n:.1f} B parameters</source>
        <translation type="unfinished">{n:.1f} B parámetros</translation>
    </message>
    <message>
        <source>{n:.1f} M parameters</source>
        <translation type="unfinished">{n:.1f} M parámetros</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (OpenAI json_schema).</source>
        <translation type="unfinished">Esquema JSON impuesto por el servidor (OpenAI json_schema).</translation>
    </message>
    <message>
        <source>JSON schema enforced by a llama.cpp grammar.</source>
        <translation type="unfinished">Esquema JSON impuesto por una gramática de llama.cpp.</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (json_object with a schema).</source>
        <translation type="unfinished">Esquema JSON impuesto por el servidor (json_object con un esquema).</translation>
    </message>
    <message>
        <source>JSON schema enforced by Ollama (its own chat API).</source>
        <translation type="unfinished">Esquema JSON impuesto por Ollama (su propia API de chat).</translation>
    </message>
    <message>
        <source>JSON schema enforced by vLLM guided decoding.</source>
        <translation type="unfinished">Esquema JSON impuesto por la decodificación guiada de vLLM.</translation>
    </message>
    <message>
        <source>JSON only, schema not enforced: replies will be checked and some discarded.</source>
        <translation type="unfinished">Solo JSON, sin imponer el esquema: las respuestas se comprobarán y algunas se descartarán.</translation>
    </message>
    <message>
        <source>No structured output support: replies will be checked but many may be discarded.</source>
        <translation type="unfinished">Sin soporte de salida estructurada: las respuestas se comprobarán, pero muchas podrían descartarse.</translation>
    </message>
    <message>
        <source>The server at {url} failed (HTTP {status}): {detail}</source>
        <translation type="unfinished">El servidor en {url} falló (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {url} is limiting requests (429).</source>
        <translation type="unfinished">El servidor en {url} está limitando las solicitudes (429).</translation>
    </message>
    <message>
        <source>The server at {url} is busy or still loading (503).</source>
        <translation type="unfinished">El servidor en {url} está ocupado o todavía cargando (503).</translation>
    </message>
    <message>
        <source>The server at {url} refused the request (HTTP {status}): {detail}</source>
        <translation type="unfinished">El servidor en {url} rechazó la solicitud (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}; it has: {models}.</source>
        <translation type="unfinished">El servidor en {url} no tiene ningún modelo llamado {model}; tiene: {models}.</translation>
    </message>
    <message>
        <source>The server at {url} refused the request.</source>
        <translation type="unfinished">El servidor en {url} rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Unknown structured output mode “{mode}”; use one of: {modes}.</source>
        <translation type="unfinished">Modo de salida estructurada desconocido “{mode}”; use uno de: {modes}.</translation>
    </message>
    <message>
        <source>Gave up after {n} retries.</source>
        <translation type="unfinished">Se abandonó tras {n} reintentos.</translation>
    </message>
    <message>
        <source>The server at {url} needs an API key (401): add one in Teacher settings.</source>
        <translation type="unfinished">El servidor en {url} necesita una clave de API (401): agregue una en la configuración del maestro.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use this model. {detail}</source>
        <translation type="unfinished">El servidor en {url} denegó el acceso (403): puede que la clave de API no tenga permiso para usar este modelo. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no OpenAI-compatible API there (404): check the address; it usually ends in /v1.</source>
        <translation type="unfinished">El servidor en {url} no tiene ahí una API compatible con OpenAI (404): revise la dirección; normalmente termina en /v1.</translation>
    </message>
    <message>
        <source>The server at {url} has no models: load or download one there first.</source>
        <translation type="unfinished">El servidor en {url} no tiene modelos: primero cargue o descargue uno allí.</translation>
    </message>
    <message>
        <source>Choose a model: the server at {url} has: {models}.</source>
        <translation type="unfinished">Elija un modelo: el servidor en {url} tiene: {models}.</translation>
    </message>
    <message>
        <source>The server at {url} did not answer within {seconds:.0f} s.</source>
        <translation type="unfinished">El servidor en {url} no respondió en {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply larger than {mb} MB; it was not read.</source>
        <translation type="unfinished">El servidor en {url} envió una respuesta de más de {mb} MB; no se leyó.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url}: is it running, and is the address right?</source>
        <translation type="unfinished">No se puede conectar con el servidor en {url}: ¿está funcionando y la dirección es correcta?</translation>
    </message>
    <message>
        <source>The connection to {url} broke ({kind}) before the reply was complete.</source>
        <translation type="unfinished">La conexión con {url} se cortó ({kind}) antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>The server refused the API key (401): check the key in Teacher settings.</source>
        <translation type="unfinished">El servidor rechazó la clave de API (401): revise la clave en la configuración del maestro.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use {model}. {detail}</source>
        <translation type="unfinished">El servidor en {url} denegó el acceso (403): puede que la clave de API no tenga permiso para usar {model}. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}: {detail}</source>
        <translation type="unfinished">El servidor en {url} no tiene ningún modelo llamado {model}: {detail}</translation>
    </message>
    <message>
        <source>The server at {url} does not list its models: type the model&apos;s name in Teacher settings.</source>
        <translation type="unfinished">El servidor en {url} no muestra la lista de sus modelos: escriba el nombre del modelo en la configuración del maestro.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not a chat completion.</source>
        <translation type="unfinished">El servidor en {url} envió una respuesta que no es una respuesta de chat.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not valid JSON.</source>
        <translation type="unfinished">El servidor en {url} envió una respuesta que no es JSON válido.</translation>
    </message>
    <message>
        <source>It asks to wait {seconds:.0f} s; try again later.</source>
        <translation type="unfinished">Pide esperar {seconds:.0f} s; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>training the quick student</source>
        <translation type="unfinished">entrenando el alumno rápido</translation>
    </message>
    <message>
        <source>saving the model</source>
        <translation type="unfinished">guardando el modelo</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} labels ready now.</source>
        <translation type="unfinished">Podrá entrenar cuando al menos {min_labels} etiquetas tengan muestras aceptadas (al menos {min_per_label} cada una; las muestras de referencia no cuentan): ahora hay {n} etiquetas listas.</translation>
    </message>
    <message>
        <source>{folder} has no model weights (model.safetensors): the download may be incomplete.</source>
        <translation type="unfinished">{folder} no tiene pesos de modelo (model.safetensors): puede que la descarga esté incompleta.</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} label ready now.</source>
        <translation type="unfinished">Podrá entrenar cuando al menos {min_labels} etiquetas tengan muestras aceptadas (al menos {min_per_label} cada una; las muestras de referencia no cuentan): ahora hay {n} etiqueta lista.</translation>
    </message>
    <message>
        <source>{folder} has its weights only as pytorch_model.bin, a pickle that can run code when loaded: Shule loads model.safetensors only. Use the safetensors version of this model, or convert it.</source>
        <translation type="unfinished">{folder} tiene sus pesos solo como pytorch_model.bin, un pickle que puede ejecutar código al cargarse: Shule solo carga model.safetensors. Use la versión safetensors de este modelo o conviértalo.</translation>
    </message>
    <message>
        <source>The model folder {folder} does not exist.</source>
        <translation type="unfinished">La carpeta de modelo {folder} no existe.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose the folder that holds the model.</source>
        <translation type="unfinished">{folder} es un archivo: elija la carpeta que contiene el modelo.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: choose the folder of a downloaded Hugging Face model.</source>
        <translation type="unfinished">{folder} no tiene config.json: elija la carpeta de un modelo de Hugging Face descargado.</translation>
    </message>
    <message>
        <source>The config.json in {folder} is damaged or does not name a model type.</source>
        <translation type="unfinished">El config.json de {folder} está dañado o no indica un tipo de modelo.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer (tokenizer.json or vocabulary files): the download may be incomplete.</source>
        <translation type="unfinished">{folder} no tiene tokenizador (tokenizer.json o archivos de vocabulario): puede que la descarga esté incompleta.</translation>
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
        <translation type="unfinished">El disco está lleno, así que no se pudo guardar el modelo entrenado: no se agregó ningún modelo, y el proyecto y sus modelos anteriores quedaron como estaban. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack (PyTorch and transformers, about 1 GB; 4 GB with NVIDIA GPU support), which is not installed: install it from the Train page, or with `shule training-pack install`. The quick student needs no pack.</source>
        <translation type="unfinished">Para ajustar un alumno preentrenado hace falta el paquete de entrenamiento de Shule (PyTorch y transformers, alrededor de 1 GB; 4 GB con soporte para GPU NVIDIA), que no está instalado: instálelo desde la página Entrenar o con `shule training-pack install`. El alumno rápido no necesita ningún paquete.</translation>
    </message>
    <message>
        <source>Installing the training pack failed. pip said: {said}</source>
        <translation type="unfinished">Falló la instalación del paquete de entrenamiento. pip dijo: {said}</translation>
    </message>
    <message>
        <source>the training pack is installed</source>
        <translation type="unfinished">el paquete de entrenamiento está instalado</translation>
    </message>
    <message>
        <source>The disk filled up while installing the training pack: free some space, then try again.</source>
        <translation type="unfinished">El disco se llenó mientras se instalaba el paquete de entrenamiento: libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The folder of wheels lacks some of what the training pack needs: make the offline bundle again with its wheels. pip said: {said}</source>
        <translation type="unfinished">A la carpeta de wheels le falta parte de lo que necesita el paquete de entrenamiento: vuelva a crear el paquete sin conexión con sus wheels. pip dijo: {said}</translation>
    </message>
    <message>
        <source>The training pack could not be downloaded: check the internet connection (behind a proxy, set HTTPS_PROXY), or install it from an offline bundle. pip said: {said}</source>
        <translation type="unfinished">No se pudo descargar el paquete de entrenamiento: revise la conexión a internet (si usa un proxy, configure HTTPS_PROXY) o instálelo desde un paquete sin conexión. pip dijo: {said}</translation>
    </message>
    <message>
        <source>There is no {variant} training pack: choose cpu or cuda.</source>
        <translation type="unfinished">No existe el paquete de entrenamiento {variant}: elija cpu o cuda.</translation>
    </message>
    <message>
        <source>Installing the training pack needs about {need} of free disk space in {where}; there are {free}. Free some space, then try again.</source>
        <translation type="unfinished">Para instalar el paquete de entrenamiento se necesitan unos {need} de espacio libre en disco en {where}; hay {free}. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no folder of wheels at {path}.</source>
        <translation type="unfinished">No hay ninguna carpeta de wheels en {path}.</translation>
    </message>
    <message>
        <source>starting pip</source>
        <translation type="unfinished">iniciando pip</translation>
    </message>
    <message>
        <source>ranking {n} texts</source>
        <translation type="unfinished">ordenando {n} textos</translation>
    </message>
    <message>
        <source>The disk is full, so the {kind} step stopped. Free some space, then try again.</source>
        <translation type="unfinished">El disco está lleno, así que el paso {kind} se detuvo. Libere espacio y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Create project</source>
        <translation type="unfinished">Crear proyecto</translation>
    </message>
    <message>
        <source>Shule projects (*.shule)</source>
        <translation type="unfinished">Proyectos de Shule (*.shule)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished">Abrir proyecto</translation>
    </message>
    <message>
        <source>Shule projects (*.shule);;All files (*)</source>
        <translation type="unfinished">Proyectos de Shule (*.shule);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a teacher model</source>
        <translation type="unfinished">Elegir un modelo maestro</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished">Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose your texts</source>
        <translation type="unfinished">Elegir sus textos</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished">Textos (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished">Importar datos</translation>
    </message>
    <message>
        <source>Tables and texts (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV or TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Text, one per line (*.txt);;All files (*)</source>
        <translation type="unfinished">Tablas y textos (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV o TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Texto, uno por línea (*.txt);;Todos los archivos (*)</translation>
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
        <translation type="unfinished">Una carpeta nueva (*)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">Exportar datos</translation>
    </message>
    <message>
        <source>Save the exported model as a zip file</source>
        <translation type="unfinished">Guardar el modelo exportado como archivo zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">Todos los archivos (*)</translation>
    </message>
</context>
</TS>
