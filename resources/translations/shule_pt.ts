<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished">Temas</translation>
    </message>
    <message>
        <source>What the texts are about</source>
        <translation type="unfinished">Sobre o que são os textos</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished">Situações</translation>
    </message>
    <message>
        <source>Who writes, where, to whom</source>
        <translation type="unfinished">Quem escreve, onde, a quem</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished">Níveis de formalidade</translation>
    </message>
    <message>
        <source>Formal, casual, slang…</source>
        <translation type="unfinished">Formal, descontraído, gíria…</translation>
    </message>
    <message>
        <source>Styles</source>
        <translation type="unfinished">Estilos</translation>
    </message>
    <message>
        <source>A text message, a headline…</source>
        <translation type="unfinished">Uma mensagem de texto, um título de notícia…</translation>
    </message>
    <message>
        <source>Ask the teacher to propose</source>
        <translation type="unfinished">Pedir propostas ao professor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Guardar</translation>
    </message>
    <message>
        <source>One entry a line. Every label meets every combination before any repeats.</source>
        <translation type="unfinished">Uma entrada por linha. Cada rótulo passa por todas as combinações antes de alguma se repetir.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished">Ainda não guardado.</translation>
    </message>
    <message>
        <source>None yet: ask the teacher, or type your own.</source>
        <translation type="unfinished">Ainda nenhum: peça ao professor ou escreva os seus.</translation>
    </message>
    <message>
        <source>Saved: {n} combinations.</source>
        <translation type="unfinished">Guardado: {n} combinações.</translation>
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
        <translation type="unfinished">Aluno</translation>
    </message>
    <message>
        <source>Recommended, not on this computer (type an id below to download one):</source>
        <translation type="unfinished">Recomendados, não estão neste computador (escreva um id abaixo para transferir um):</translation>
    </message>
    <message>
        <source>Other model folder…</source>
        <translation type="unfinished">Outra pasta de modelo…</translation>
    </message>
    <message>
        <source>or a Hugging Face model id, e.g. FacebookAI/xlm-roberta-base</source>
        <translation type="unfinished">ou um id de modelo do Hugging Face, p. ex. FacebookAI/xlm-roberta-base</translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation type="unfinished">Id de modelo do Hugging Face</translation>
    </message>
    <message>
        <source>Use this id</source>
        <translation type="unfinished">Usar este id</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished">Recomendação</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">Aluno rápido</translation>
    </message>
    <message>
        <source>Quick student — character n-grams, trains in seconds on any computer, works for any script</source>
        <translation type="unfinished">Aluno rápido — n-gramas de caracteres, treina em segundos em qualquer computador, funciona com qualquer sistema de escrita</translation>
    </message>
    <message>
        <source>Downloaded when training starts (about {mb} MB).</source>
        <translation type="unfinished">Transferido quando o treino começar (cerca de {mb} MB).</translation>
    </message>
    <message>
        <source>Downloaded when training starts.</source>
        <translation type="unfinished">Transferido quando o treino começar.</translation>
    </message>
    <message>
        <source>{name} ({id}): {params:.0f} M parameters, {mb} MB, licence {licence}. {languages}. {notes}
Not downloaded: type its id to download.</source>
        <translation type="unfinished">{name} ({id}): {params:.0f} M de parâmetros, {mb} MB, licença {licence}. {languages}. {notes}
Não transferido: escreva o id dele para o transferir.</translation>
    </message>
    <message>
        <source>Choose the folder of a pretrained model</source>
        <translation type="unfinished">Escolha a pasta de um modelo pré-treinado</translation>
    </message>
    <message>
        <source>{text} is neither a model folder nor a Hugging Face model id (such as FacebookAI/xlm-roberta-base).</source>
        <translation type="unfinished">{text} não é uma pasta de modelo nem um id de modelo do Hugging Face (como FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished">bom</translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished">utilizável</translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished">fraco</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Revisão</translation>
    </message>
    <message>
        <source>Let the teacher&apos;s examples be chosen as usual for {n} samples?</source>
        <translation type="unfinished">Deixar que os exemplos do professor sejam escolhidos como de costume para {n} amostras?</translation>
    </message>
    <message>
        <source>Accept {n} samples?</source>
        <translation type="unfinished">Aprovar {n} amostras?</translation>
    </message>
    <message>
        <source>Reject {n} samples as “{reason}”?</source>
        <translation type="unfinished">Rejeitar {n} amostras com o motivo “{reason}”?</translation>
    </message>
    <message>
        <source>Relabel {n} samples as “{label}”?</source>
        <translation type="unfinished">Mudar o rótulo de {n} amostras para “{label}”?</translation>
    </message>
    <message>
        <source>Pin {n} samples as examples for the teacher?</source>
        <translation type="unfinished">Fixar {n} amostras como exemplos para o professor?</translation>
    </message>
    <message>
        <source>Exclude {n} samples from the teacher&apos;s examples?</source>
        <translation type="unfinished">Excluir {n} amostras dos exemplos do professor?</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Aprovar</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished">Rejeitar…</translation>
    </message>
    <message>
        <source>Relabel…</source>
        <translation type="unfinished">Mudar rótulo…</translation>
    </message>
    <message>
        <source>Teacher examples…</source>
        <translation type="unfinished">Exemplos do professor…</translation>
    </message>
    <message>
        <source>Pin as examples for the teacher</source>
        <translation type="unfinished">Fixar como exemplos para o professor</translation>
    </message>
    <message>
        <source>Exclude from the teacher&apos;s examples</source>
        <translation type="unfinished">Excluir dos exemplos do professor</translation>
    </message>
    <message>
        <source>Neither: chosen as usual</source>
        <translation type="unfinished">Nenhum dos dois: escolhidas como de costume</translation>
    </message>
    <message>
        <source>{n} selected:</source>
        <translation type="unfinished">{n} selecionadas:</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatMap</name>
    <message>
        <source>Confusion matrix: true labels by row, predicted by column</source>
        <translation type="unfinished">Matriz de confusão: rótulos verdadeiros por linha, previstos por coluna</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {n} ({p} % of {true})</source>
        <translation type="unfinished">verdadeiro {true}, previsto {predicted}: {n} ({p} % de {true})</translation>
    </message>
    <message>
        <source>The confusion matrix appears here after an evaluation.</source>
        <translation type="unfinished">A matriz de confusão aparece aqui depois de uma avaliação.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished">previsto</translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished">verdadeiro</translation>
    </message>
</context>
<context>
    <name>CoverageCheck</name>
    <message>
        <source>No pretrained base is on this computer yet: the quick student works for any script. Choose a model folder or type a model id to check how well a base covers {language}.</source>
        <translation type="unfinished">Ainda não há nenhuma base pré-treinada neste computador: o aluno rápido funciona com qualquer sistema de escrita. Escolha uma pasta de modelo ou escreva um id de modelo para verificar se uma base cobre bem a língua {language}.</translation>
    </message>
    <message>
        <source>Checking how well each base covers {language}…</source>
        <translation type="unfinished">Verificação da cobertura da língua {language} por cada base…</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: once samples are generated or texts are imported, each base&apos;s coverage of the language is checked here.</source>
        <translation type="unfinished">Ainda não há textos em {language}: assim que forem geradas amostras ou importados textos, a cobertura da língua por cada base é verificada aqui.</translation>
    </message>
</context>
<context>
    <name>DemosDialog</name>
    <message>
        <source>your example</source>
        <translation type="unfinished">o seu exemplo</translation>
    </message>
    <message>
        <source>your text, labelled by the teacher</source>
        <translation type="unfinished">o seu texto, rotulado pelo professor</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">gerado</translation>
    </message>
    <message>
        <source>Examples the teacher sees</source>
        <extracomment>A choice was stored: the page&apos;s line should count again.</extracomment>
        <translation type="unfinished">Exemplos que o professor vê</translation>
    </message>
    <message>
        <source>With few-shot generation the teacher sees these accepted samples as examples, {n} per label. Pin a sample to always show it; exclude one to never show it. The rest are picked to differ from each other, your own texts first.</source>
        <translation type="unfinished">Na geração few-shot, o professor vê estas amostras aprovadas como exemplos, {n} por rótulo. Fixe uma amostra para que apareça sempre; exclua uma para que nunca apareça. As restantes são escolhidas de modo a serem diferentes entre si, primeiro os seus próprios textos.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished">Fixar</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished">Excluir</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Rótulo</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Origem</translation>
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
        <translation type="unfinished">Escolher…</translation>
    </message>
    <message>
        <source>Examples the teacher sees: {n} per label</source>
        <translation type="unfinished">Exemplos que o professor vê: {n} por rótulo</translation>
    </message>
    <message>
        <source>({n} pinned)</source>
        <translation type="unfinished">({n} fixados)</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <source>unusable characters</source>
        <extracomment>Every reason core records (core.filters, core.generation, core.annotation), in words.</extracomment>
        <translation type="unfinished">caracteres inutilizáveis</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation type="unfinished">texto vazio</translation>
    </message>
    <message>
        <source>text too short</source>
        <translation type="unfinished">texto demasiado curto</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation type="unfinished">texto demasiado longo</translation>
    </message>
    <message>
        <source>same as an earlier text</source>
        <translation type="unfinished">igual a um texto anterior</translation>
    </message>
    <message>
        <source>almost the same as an earlier text</source>
        <translation type="unfinished">quase igual a um texto anterior</translation>
    </message>
    <message>
        <source>copies one of your examples</source>
        <translation type="unfinished">copia um dos seus exemplos</translation>
    </message>
    <message>
        <source>written in the wrong script</source>
        <translation type="unfinished">escrito no sistema de escrita errado</translation>
    </message>
    <message>
        <source>not in the project&apos;s language</source>
        <translation type="unfinished">não está na língua do projeto</translation>
    </message>
    <message>
        <source>cut off (too long)</source>
        <translation type="unfinished">cortado (demasiado longo)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished">JSON inválido</translation>
    </message>
    <message>
        <source>wrong reply format</source>
        <translation type="unfinished">formato de resposta errado</translation>
    </message>
    <message>
        <source>unknown label</source>
        <translation type="unfinished">rótulo desconhecido</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">rótulo errado</translation>
    </message>
    <message>
        <source>not needed: the label already had enough</source>
        <translation type="unfinished">desnecessário: o rótulo já tinha o suficiente</translation>
    </message>
    <message>
        <source>the teacher did not answer</source>
        <translation type="unfinished">o professor não respondeu</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: does not fit the label</source>
        <translation type="unfinished">verificação do professor: não corresponde ao rótulo</translation>
    </message>
    <message>
        <source>the teacher&apos;s check: not in the language</source>
        <translation type="unfinished">verificação do professor: não está na língua</translation>
    </message>
    <message>
        <source>the teacher&apos;s check could not be read</source>
        <translation type="unfinished">não foi possível ler a verificação do professor</translation>
    </message>
    <message>
        <source>the teacher&apos;s label could not be read</source>
        <translation type="unfinished">não foi possível ler o rótulo do professor</translation>
    </message>
</context>
<context>
    <name>DiscardsDialog</name>
    <message>
        <source>Discarded replies</source>
        <translation type="unfinished">Respostas descartadas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Rótulo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Pormenor</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished">Resposta</translation>
    </message>
    <message>
        <source>Choose a row to see the whole reply.</source>
        <translation type="unfinished">Escolha uma linha para ver a resposta completa.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">Mostrar</translation>
    </message>
    <message>
        <source>Every reason ({n})</source>
        <translation type="unfinished">Todos os motivos ({n})</translation>
    </message>
    <message>
        <source>the newest {n}</source>
        <translation type="unfinished">as {n} mais recentes</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation type="unfinished">{n} visíveis</translation>
    </message>
    <message>
        <source>(no reply: {detail})</source>
        <translation type="unfinished">(sem resposta: {detail})</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Score</source>
        <translation type="unfinished">Avaliar</translation>
    </message>
    <message>
        <source>Compare your students with the teacher on your gold examples — texts you labelled yourself. Score the teacher once, then score each new student; a student that beats the teacher is worth exporting.</source>
        <translation type="unfinished">Compare os seus alunos com o professor nos seus exemplos de referência — textos que rotulou pessoalmente. Avalie o professor uma vez e depois cada aluno novo; um aluno que supera o professor vale a pena exportar.</translation>
    </message>
    <message>
        <source>There are no gold examples yet. On the Review page press “Add a gold example…” for a few texts of each label as your users write them, or import a file of labelled texts as gold examples (File › Import data…, or “shule import PROJECT FILE --as gold”).</source>
        <translation type="unfinished">Ainda não há exemplos de referência. Na página Revisão, use “Adicionar um exemplo de referência…” para alguns textos de cada rótulo, tal como as pessoas os escrevem, ou importe um arquivo de textos rotulados como exemplos de referência (Arquivo › Importar dados…, ou “shule import PROJECT FILE --as gold”).</translation>
    </message>
    <message>
        <source>Score the teacher</source>
        <translation type="unfinished">Avaliar o professor</translation>
    </message>
    <message>
        <source>Ask the teacher to label every gold text, as if it were the classifier</source>
        <translation type="unfinished">Pedir ao professor que rotule todos os textos de referência, como se fosse o classificador</translation>
    </message>
    <message>
        <source>Score students</source>
        <translation type="unfinished">Avaliar os alunos</translation>
    </message>
    <message>
        <source>Score every student that has no score on the current gold set, one after another</source>
        <translation type="unfinished">Avaliar, um após outro, cada aluno que ainda não tem pontuação no conjunto de referência atual</translation>
    </message>
    <message>
        <source>Scoring stopped.</source>
        <translation type="unfinished">Avaliação interrompida.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished">Veredicto</translation>
    </message>
    <message>
        <source>Scores are macro-F1 on your gold examples: the average, over labels, of how well each label is found; 1.0 is perfect. 10 points are 0.10.</source>
        <translation type="unfinished">As pontuações são o macro-F1 nos seus exemplos de referência: a média, entre os rótulos, de quão bem cada rótulo é encontrado; 1,0 é perfeito. 10 pontos são 0,10.</translation>
    </message>
    <message>
        <source>macro-F1 per model; the dashed line is the teacher&apos;s score</source>
        <translation type="unfinished">macro-F1 por modelo; a linha tracejada é a pontuação do professor</translation>
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
        <translation type="unfinished">Exatidão</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation type="unfinished">Amostras de treino</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">Tamanho em disco</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">Tempo por texto</translation>
    </message>
    <message>
        <source>Scored on</source>
        <translation type="unfinished">Avaliado em</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished">Quadro de pontuações</translation>
    </message>
    <message>
        <source>macro-F1: the average, over labels, of how well each label is found: 1.0 is perfect. A rare label counts as much as a common one.</source>
        <translation type="unfinished">macro-F1: a média, entre os rótulos, de quão bem cada rótulo é encontrado: 1,0 é perfeito. Um rótulo raro conta tanto como um comum.</translation>
    </message>
    <message>
        <source>Accuracy: the share of gold texts given the right label.</source>
        <translation type="unfinished">Exatidão: a parte dos textos de referência que recebem o rótulo certo.</translation>
    </message>
    <message>
        <source>Latency: how long the model takes to label one text on this computer.</source>
        <translation type="unfinished">Latência: quanto tempo o modelo demora a rotular um texto neste computador.</translation>
    </message>
    <message>
        <source>What the model takes on disk (the teacher&apos;s file, when it is local).</source>
        <translation type="unfinished">O espaço que o modelo ocupa em disco (o arquivo do professor, quando é local).</translation>
    </message>
    <message>
        <source>How many samples the student was trained on, by where they came from.</source>
        <translation type="unfinished">Com quantas amostras o aluno foi treinado, por origem.</translation>
    </message>
    <message>
        <source>Teacher: </source>
        <translation type="unfinished">Professor: </translation>
    </message>
    <message>
        <source>Teacher scored.</source>
        <translation type="unfinished">Professor avaliado.</translation>
    </message>
    <message>
        <source>student {i} of {n} · </source>
        <translation type="unfinished">aluno {i} de {n} · </translation>
    </message>
    <message>
        <source>1 student scored.</source>
        <translation type="unfinished">1 aluno avaliado.</translation>
    </message>
    <message>
        <source>{n} students scored.</source>
        <translation type="unfinished">{n} alunos avaliados.</translation>
    </message>
    <message>
        <source>Add gold examples first: there is nothing to score on.</source>
        <translation type="unfinished">Adicione primeiro exemplos de referência: não há nada com que avaliar.</translation>
    </message>
    <message>
        <source>Choose a teacher to score it.</source>
        <translation type="unfinished">Escolha um professor para o avaliar.</translation>
    </message>
    <message>
        <source>Train a student to score it.</source>
        <translation type="unfinished">Treine um aluno para o avaliar.</translation>
    </message>
    <message>
        <source>Every student is scored on the current gold set.</source>
        <translation type="unfinished">Todos os alunos estão avaliados no conjunto de referência atual.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">ainda não avaliado</translation>
    </message>
    <message>
        <source>{n} gold texts</source>
        <translation type="unfinished">{n} textos de referência</translation>
    </message>
    <message>
        <source>gold set changed since: score again</source>
        <translation type="unfinished">o conjunto de referência mudou: avaliar de novo</translation>
    </message>
    <message>
        <source>Quick student</source>
        <translation type="unfinished">Aluno rápido</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">professor</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">aluno</translation>
    </message>
    <message>
        <source>Rows marked “score again” were scored on an earlier gold set and are left out of this comparison.</source>
        <translation type="unfinished">As linhas marcadas com “avaliar de novo” foram avaliadas num conjunto de referência anterior e ficam fora desta comparação.</translation>
    </message>
    <message>
        <source>{name} (teacher)</source>
        <translation type="unfinished">{name} (professor)</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s} against the teacher&apos;s {t}</source>
        <translation type="unfinished">O melhor aluno, {name}, obtém {s} contra {t} do professor</translation>
    </message>
    <message>
        <source>: 1 point better.</source>
        <translation type="unfinished">: 1 ponto melhor.</translation>
    </message>
    <message>
        <source>Nothing is scored on the current gold set yet: score the teacher and your students.</source>
        <translation type="unfinished">Ainda nada foi avaliado no conjunto de referência atual: avalie o professor e os seus alunos.</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished">{ms} ms</translation>
    </message>
    <message>
        <source>The teacher scores {t}. Score your students to compare them with it.</source>
        <translation type="unfinished">O professor obtém {t}. Avalie os seus alunos para os comparar com ele.</translation>
    </message>
    <message>
        <source>: as good, not yet better. Review more samples or train a larger student.</source>
        <translation type="unfinished">: igual, ainda não melhor. Reveja mais amostras ou treine um aluno maior.</translation>
    </message>
    <message>
        <source>: not yet better than the teacher. Review more samples or train a larger student.</source>
        <translation type="unfinished">: ainda não é melhor do que o professor. Reveja mais amostras ou treine um aluno maior.</translation>
    </message>
    <message>
        <source>The best student, {name}, scores {s}. Score the teacher to see whether the student beats it.</source>
        <translation type="unfinished">O melhor aluno, {name}, obtém {s}. Avalie o professor para ver se o aluno o supera.</translation>
    </message>
    <message>
        <source>: {points} points better.</source>
        <translation type="unfinished">: {points} pontos melhor.</translation>
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
        <translation type="unfinished">Uma tabela com as colunas text, label, source, id e split; abre em qualquer folha de cálculo ou planilha.</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished">JSON Lines</translation>
    </message>
    <message>
        <source>One JSON object per line, with text, label, source, id and split.</source>
        <translation type="unfinished">Um objeto JSON por linha, com text, label, source, id e split.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished">Arquivo do Excel</translation>
    </message>
    <message>
        <source>One sheet with the columns text, label, source, id and split.</source>
        <translation type="unfinished">Uma única folha (aba) com as colunas text, label, source, id e split.</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation type="unfinished">Parquet</translation>
    </message>
    <message>
        <source>A compact column file for pandas, Polars or Spark.</source>
        <translation type="unfinished">Um arquivo compacto por colunas para pandas, Polars ou Spark.</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation type="unfinished">Pasta de conjunto de dados do Hugging Face</translation>
    </message>
    <message>
        <source>A folder with train, validation and test files and a dataset card (README.md), ready to upload.</source>
        <translation type="unfinished">Uma pasta com os arquivos de treino, validação e teste e uma ficha do conjunto de dados (README.md), pronta para publicar.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">Exportar dados</translation>
    </message>
    <message>
        <source>1 accepted sample</source>
        <translation type="unfinished">1 amostra aprovada</translation>
    </message>
    <message>
        <source>{n} accepted samples</source>
        <translation type="unfinished">{n} amostras aprovadas</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">1 exemplo de referência</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">{n} exemplos de referência</translation>
    </message>
    <message>
        <source>Include the gold examples (as the test split)</source>
        <translation type="unfinished">Incluir os exemplos de referência (como a parte de teste)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Escolher…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Exportar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished">Dados</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Formato</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">Guardar em</translation>
    </message>
    <message>
        <source>Choose where to save the data.</source>
        <translation type="unfinished">Escolha onde guardar os dados.</translation>
    </message>
    <message>
        <source>Written to the folder {path} (train, validation and test files and README.md).</source>
        <translation type="unfinished">Gravado na pasta {path} (arquivos de treino, validação e teste e README.md).</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished">Gravado em {path}.</translation>
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
        <translation type="unfinished">Guarde um modelo treinado como uma pasta que funciona sem internet em qualquer computador com onnxruntime, e veja a rapidez e a qualidade de cada versão.</translation>
    </message>
    <message>
        <source>Choose where to save the exported model</source>
        <translation type="unfinished">Escolha onde guardar o modelo exportado</translation>
    </message>
    <message>
        <source>Folder for the exported model</source>
        <translation type="unfinished">Pasta para o modelo exportado</translation>
    </message>
    <message>
        <source>Also make a small int8 version (faster on CPUs)</source>
        <translation type="unfinished">Criar também uma versão pequena int8 (mais rápida em CPUs)</translation>
    </message>
    <message>
        <source>Largest accuracy loss allowed for int8</source>
        <translation type="unfinished">Maior perda de exatidão permitida para int8</translation>
    </message>
    <message>
        <source> points of macro-F1</source>
        <translation type="unfinished"> pontos de macro-F1</translation>
    </message>
    <message>
        <source>Macro-F1 says how well a model labels texts: the share it gets right, averaged over the labels so that a rare label counts as much as a common one (100 points is perfect). If the small version scores more points lower than this, Shule recommends the full one.</source>
        <translation type="unfinished">O macro-F1 diz até que ponto um modelo rotula bem os textos: a parte que acerta, em média entre os rótulos, para que um rótulo raro conte tanto como um comum (100 pontos é perfeito). Se a versão pequena obtiver mais pontos abaixo do que este valor, o Shule recomenda a completa.</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation type="unfinished">Exportação interrompida.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished">{path} guardado.</translation>
    </message>
    <message>
        <source>For a field device</source>
        <translation type="unfinished">Para um dispositivo de campo</translation>
    </message>
    <message>
        <source>Install once:</source>
        <translation type="unfinished">Instalar uma vez:</translation>
    </message>
    <message>
        <source>Then run:</source>
        <translation type="unfinished">Depois executar:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Abrir pasta</translation>
    </message>
    <message>
        <source>Save as zip…</source>
        <translation type="unfinished">Guardar como zip…</translation>
    </message>
    <message>
        <source>Try it…</source>
        <translation type="unfinished">Experimentar…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished">Guardar em</translation>
    </message>
    <message>
        <source>The small version may lose at most</source>
        <translation type="unfinished">A versão pequena pode perder no máximo</translation>
    </message>
    <message>
        <source>Choose a folder to save the exported model in.</source>
        <translation type="unfinished">Escolha uma pasta onde guardar o modelo exportado.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation type="unfinished">Gravação de {path} em curso…</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>Checked on {n} gold examples (labelled by you).</source>
        <translation type="unfinished">Verificado em {n} exemplos de referência (rotulados à mão).</translation>
    </message>
    <message>
        <source>Checked on {n} held-out samples the model did not learn from.</source>
        <translation type="unfinished">Verificado em {n} amostras reservadas, com as quais o modelo não aprendeu.</translation>
    </message>
    <message>
        <source>Checked on {n} unlabelled texts: they show whether the versions agree, not how good they are (no macro-F1).</source>
        <translation type="unfinished">Verificado em {n} textos sem rótulo: mostram se as versões concordam, não a sua qualidade (sem macro-F1).</translation>
    </message>
    <message>
        <source>Warning from the export: {code} ({details}).</source>
        <translation type="unfinished">Aviso da exportação: {code} ({details}).</translation>
    </message>
    <message>
        <source>Copy these files from {folder} to the device, into one folder: {files}.</source>
        <translation type="unfinished">Copie estes arquivos de {folder} para o dispositivo, numa única pasta: {files}.</translation>
    </message>
    <message>
        <source>Size of the model file: what a device must store and load.</source>
        <translation type="unfinished">Tamanho do arquivo do modelo: o que um dispositivo tem de guardar e carregar.</translation>
    </message>
    <message>
        <source>Milliseconds to label one text on this computer (one text at a time).</source>
        <translation type="unfinished">Milissegundos para rotular um texto neste computador (um texto de cada vez).</translation>
    </message>
    <message>
        <source>Texts labelled per second on this computer, 32 at a time.</source>
        <translation type="unfinished">Textos rotulados por segundo neste computador, 32 de cada vez.</translation>
    </message>
    <message>
        <source>How often this version gives the same label: the full model against the trained model, the small model against the full model.</source>
        <translation type="unfinished">Com que frequência esta versão dá o mesmo rótulo: o modelo completo comparado com o modelo treinado, o modelo pequeno comparado com o modelo completo.</translation>
    </message>
    <message>
        <source>How well the version labels the test texts, from 0 to 1, averaged over the labels so that rare labels count as much as common ones. — : the texts had no labels.</source>
        <translation type="unfinished">Até que ponto a versão rotula bem os textos de teste, de 0 a 1, em média entre os rótulos, para que os rótulos raros contem tanto como os comuns. — : os textos não tinham rótulos.</translation>
    </message>
    <message>
        <source>The version Shule suggests for devices.</source>
        <translation type="unfinished">A versão que o Shule sugere para dispositivos.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">Completo (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">Pequeno (int8)</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation type="unfinished">Exportado para {folder}.</translation>
    </message>
    <message>
        <source>The small model scores {points:.1f} points lower than the full model (more than the {threshold:.1f} you allow): Shule recommends the full model.</source>
        <translation type="unfinished">O modelo pequeno obtém {points:.1f} pontos a menos do que o modelo completo (mais do que os {threshold:.1f} que permite): o Shule recomenda o modelo completo.</translation>
    </message>
    <message>
        <source>The small model gives another label than the full model on {share:.0%} of the test texts: Shule recommends the full model.</source>
        <translation type="unfinished">O modelo pequeno dá um rótulo diferente do modelo completo em {share:.0%} dos textos de teste: o Shule recomenda o modelo completo.</translation>
    </message>
    <message>
        <source>The exported model&apos;s scores differ from the trained model&apos;s by up to {diff:.2g}: the export may be faulty. Export again; if this stays, please report it.</source>
        <translation type="unfinished">As pontuações do modelo exportado diferem das do modelo treinado até {diff:.2g}: a exportação pode ter falhado. Exporte de novo; se isto continuar, comunique o problema.</translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished">Tamanho do arquivo</translation>
    </message>
    <message>
        <source>Time per text</source>
        <translation type="unfinished">Tempo por texto</translation>
    </message>
    <message>
        <source>Texts per second</source>
        <translation type="unfinished">Textos por segundo</translation>
    </message>
    <message>
        <source>Same label</source>
        <translation type="unfinished">Mesmo rótulo</translation>
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
        <translation type="unfinished">vs o modelo treinado</translation>
    </message>
    <message>
        <source>vs the full model</source>
        <translation type="unfinished">vs o modelo completo</translation>
    </message>
    <message>
        <source>✓ Recommended</source>
        <translation type="unfinished">✓ Recomendado</translation>
    </message>
    <message>
        <source>({delta:+.1f} points)</source>
        <translation type="unfinished">({delta:+.1f} pontos)</translation>
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
        <translation type="unfinished">Boas-vindas ao Shule</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>The default teacher chosen so far (settings &quot;default_teacher&quot;), or None. Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">Ignorar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Avançar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Mais tarde</translation>
    </message>
    <message>
        <source>Choose a teacher later, on a project&apos;s Teacher page.</source>
        <translation type="unfinished">Escolha um professor mais tarde, na página Professor de um projeto.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Concluir</translation>
    </message>
    <message>
        <source>Shule makes a text classifier for your language: a teacher model writes example texts, you check them, and Shule trains a small model that runs on any computer.</source>
        <translation type="unfinished">O Shule cria um classificador de textos para a sua língua: um modelo professor escreve textos de exemplo, que são verificados à mão, e o Shule treina um modelo pequeno que funciona em qualquer computador.</translation>
    </message>
    <message>
        <source>Which language should Shule&apos;s windows and buttons use?</source>
        <translation type="unfinished">Que idioma devem usar as janelas e os botões do Shule?</translation>
    </message>
    <message>
        <source>A change takes effect the next time Shule starts.</source>
        <translation type="unfinished">A alteração tem efeito na próxima vez que o Shule iniciar.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished">Procurar de novo</translation>
    </message>
    <message>
        <source>A GGUF file already on this computer…</source>
        <translation type="unfinished">Um arquivo GGUF que já está neste computador…</translation>
    </message>
    <message>
        <source>Download a recommended model…</source>
        <translation type="unfinished">Transferir um modelo recomendado…</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language; Shule runs it on this computer or talks to a model server. Choose one now, or later on a project&apos;s Teacher page.</source>
        <translation type="unfinished">O professor é um grande modelo de linguagem que escreve textos de exemplo na sua língua; o Shule executa-o neste computador ou comunica com um servidor de modelos. Escolha um agora, ou mais tarde na página Professor de um projeto.</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer (Ollama, LM Studio, a llama.cpp server, vLLM)…</source>
        <translation type="unfinished">À procura de servidores de modelos neste computador (Ollama, LM Studio, um servidor llama.cpp, vLLM)…</translation>
    </message>
    <message>
        <source>{name} at {url}</source>
        <translation type="unfinished">{name} em {url}</translation>
    </message>
    <message>
        <source>needs an API key: set it up on a project&apos;s Teacher page</source>
        <translation type="unfinished">precisa de uma chave de API: configure-a na página Professor de um projeto</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation type="unfinished">nenhum modelo carregado</translation>
    </message>
    <message>
        <source>Model servers on this computer (choose a model):</source>
        <translation type="unfinished">Servidores de modelos neste computador (escolha um modelo):</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Use a GGUF model file instead, or download one.</source>
        <translation type="unfinished">Não há nenhum servidor de modelos ativo neste computador. Use antes um arquivo de modelo GGUF, ou transfira um.</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">Ainda não foi escolhido nenhum professor.</translation>
    </message>
    <message>
        <source>Your teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">O seu professor: o modelo {model} no servidor em {url}.</translation>
    </message>
    <message>
        <source>Your teacher: the model file {path}.</source>
        <translation type="unfinished">O seu professor: o arquivo de modelo {path}.</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Procurar…</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>No font on this computer can draw some of these letters ({letters}): install a font for this script.</source>
        <extracomment>Characters a font&apos;s cmap need not hold: variation selectors and the combining grapheme joiner (marks, by category, but drawn by no font). Spaces, controls, ZWJ/ZWNJ, punctuation and symbols are skipped by category.</extracomment>
        <translation type="unfinished">Nenhum tipo de letra neste computador consegue mostrar algumas destas letras ({letters}): instale um tipo de letra para este sistema de escrita.</translation>
    </message>
    <message>
        <source>Your system font cannot draw {scripts} letters: showing them in {fonts}.</source>
        <translation type="unfinished">O tipo de letra do sistema não consegue mostrar letras {scripts}: são mostradas em {fonts}.</translation>
    </message>
    <message>
        <source>Your system font cannot draw some of these letters: showing them in {fonts}.</source>
        <translation type="unfinished">O tipo de letra do sistema não consegue mostrar algumas destas letras: são mostradas em {fonts}.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished">Gerar</translation>
    </message>
    <message>
        <source>The teacher writes example texts for each label. Every reply is checked; samples that pass wait for your review.</source>
        <translation type="unfinished">O professor escreve textos de exemplo para cada rótulo. Cada resposta é verificada; as amostras que passam ficam à espera da sua revisão.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished">sem preço</translation>
    </message>
    <message>
        <source>What the online API charges per million tokens it writes; leave at “no price” for a free or local server.</source>
        <translation type="unfinished">Quanto a API online cobra por milhão de tokens que escreve; deixe em “sem preço” para um servidor gratuito ou local.</translation>
    </message>
    <message>
        <source>Price per million tokens</source>
        <translation type="unfinished">Preço por milhão de tokens</translation>
    </message>
    <message>
        <source>Estimate time</source>
        <translation type="unfinished">Estimar o tempo</translation>
    </message>
    <message>
        <source>Label my own texts…</source>
        <translation type="unfinished">Rotular os meus próprios textos…</translation>
    </message>
    <message>
        <source>Show discarded replies</source>
        <translation type="unfinished">Mostrar as respostas descartadas</translation>
    </message>
    <message>
        <source>Your own texts</source>
        <translation type="unfinished">Os seus próprios textos</translation>
    </message>
    <message>
        <source>Have the teacher label texts you already have: a TXT file with one text per line, or a CSV file with a text column. They wait for your review like generated samples.</source>
        <translation type="unfinished">Peça ao professor que rotule textos que já tem: um arquivo TXT com um texto por linha, ou um arquivo CSV com uma coluna de texto. Ficam à espera da sua revisão, tal como as amostras geradas.</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation type="unfinished">Novas amostras</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: ask the teacher to propose them, or type your own.</source>
        <translation type="unfinished">A geração diversa precisa de temas e estilos: peça ao professor que os proponha, ou escreva os seus.</translation>
    </message>
    <message>
        <source>The teacher is writing…</source>
        <translation type="unfinished">O professor escreve…</translation>
    </message>
    <message>
        <source>Asking the teacher for a few test replies</source>
        <translation type="unfinished">Pedido de algumas respostas de teste ao professor</translation>
    </message>
    <message>
        <source>Timing a few test requests…</source>
        <translation type="unfinished">Medição do tempo de alguns pedidos de teste…</translation>
    </message>
    <message>
        <source>The teacher is proposing topics and styles</source>
        <translation type="unfinished">O professor propõe temas e estilos</translation>
    </message>
    <message>
        <source>The teacher is thinking…</source>
        <translation type="unfinished">O professor pensa…</translation>
    </message>
    <message>
        <source>Reading your texts</source>
        <translation type="unfinished">Leitura dos seus textos</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">Carregamento do professor</translation>
    </message>
    <message>
        <source>The teacher is labelling your texts…</source>
        <translation type="unfinished">O professor rotula os seus textos…</translation>
    </message>
    <message>
        <source>Proposed by the teacher: change what you like, then Save.</source>
        <translation type="unfinished">Proposto pelo professor: altere o que quiser e depois clique em Guardar.</translation>
    </message>
    <message>
        <source>Stopped. The samples written so far are kept.</source>
        <translation type="unfinished">Interrompido. As amostras escritas até agora são mantidas.</translation>
    </message>
    <message>
        <source>Label the {n} texts still waiting</source>
        <translation type="unfinished">Rotular os {n} textos ainda à espera</translation>
    </message>
    <message>
        <source>This project has {p} samples waiting for review, {a} accepted and {r} rejected.</source>
        <translation type="unfinished">Este projeto tem {p} amostras à espera de revisão, {a} aprovadas e {r} rejeitadas.</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation type="unfinished">cerca de 1 minuto</translation>
    </message>
    <message>
        <source>no reply was discarded</source>
        <translation type="unfinished">nenhuma resposta foi descartada</translation>
    </message>
    <message>
        <source>Review them in the next step.</source>
        <translation type="unfinished">Reveja-as no passo seguinte.</translation>
    </message>
    <message>
        <source>about {h:.1f} hours</source>
        <translation type="unfinished">cerca de {h:.1f} horas</translation>
    </message>
    <message>
        <source>discarded {n} replies ({reasons})</source>
        <translation type="unfinished">{n} respostas descartadas ({reasons})</translation>
    </message>
    <message>
        <source>About {n} requests, {time}.</source>
        <translation type="unfinished">Cerca de {n} pedidos, {time}.</translation>
    </message>
    <message>
        <source>Labelled {n}</source>
        <translation type="unfinished">{n} rotulados</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation type="unfinished">cerca de {n} minutos</translation>
    </message>
    <message>
        <source>Added {n} samples</source>
        <translation type="unfinished">{n} amostras adicionadas</translation>
    </message>
    <message>
        <source>{s:.0f} s</source>
        <translation type="unfinished">{s:.0f} s</translation>
    </message>
    <message>
        <source>Some labels got fewer samples than asked for, because too many replies failed the checks: {labels}. </source>
        <translation type="unfinished">Alguns rótulos receberam menos amostras do que o pedido, porque demasiadas respostas falharam as verificações: {labels}. </translation>
    </message>
    <message>
        <source>In the test, {v:.1f} usable texts per request.</source>
        <translation type="unfinished">No teste, {v:.1f} textos utilizáveis por pedido.</translation>
    </message>
    <message>
        <source>Read {n} texts. </source>
        <translation type="unfinished">{n} textos lidos. </translation>
    </message>
    <message>
        <source>Cost: about {cost:.2f} at your price ({tokens} tokens).</source>
        <translation type="unfinished">Custo: cerca de {cost:.2f} ao seu preço ({tokens} tokens).</translation>
    </message>
</context>
<context>
    <name>GenerationOptions</name>
    <message>
        <source>Zero-shot</source>
        <translation type="unfinished">Zero-shot</translation>
    </message>
    <message>
        <source>The teacher writes from your label descriptions alone. The quickest way to start.</source>
        <translation type="unfinished">O professor escreve apenas a partir das descrições dos seus rótulos. A forma mais rápida de começar.</translation>
    </message>
    <message>
        <source>Few-shot with your examples</source>
        <translation type="unfinished">Few-shot com os seus exemplos</translation>
    </message>
    <message>
        <source>The teacher sees a few of your real texts in each request, so it writes more like them. Helps most where the teacher knows the language less well.</source>
        <translation type="unfinished">O professor vê alguns dos seus textos reais em cada pedido, para escrever de forma mais parecida. Ajuda sobretudo quando o professor conhece menos bem a língua.</translation>
    </message>
    <message>
        <source>Diverse topics and styles</source>
        <translation type="unfinished">Temas e estilos diversos</translation>
    </message>
    <message>
        <source>The teacher varies topic, situation, register and style, several texts per request, so the samples cover more ground.</source>
        <translation type="unfinished">O professor varia o tema, a situação, o nível de formalidade e o estilo, vários textos por pedido, para que as amostras cubram mais terreno.</translation>
    </message>
    <message>
        <source>Strict: drop texts much like an earlier one</source>
        <extracomment>(threshold, words): the similarity at or above which a text counts as a near duplicate.</extracomment>
        <translation type="unfinished">Rigoroso: descartar textos muito parecidos com um anterior</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Normal</translation>
    </message>
    <message>
        <source>Lenient: drop only near copies</source>
        <translation type="unfinished">Tolerante: descartar apenas cópias quase exatas</translation>
    </message>
    <message>
        <source>How the teacher writes</source>
        <translation type="unfinished">Como o professor escreve</translation>
    </message>
    <message>
        <source>Import examples…</source>
        <translation type="unfinished">Importar exemplos…</translation>
    </message>
    <message>
        <source>Texts per request</source>
        <translation type="unfinished">Textos por pedido</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation type="unfinished">Pedidos em simultâneo</translation>
    </message>
    <message>
        <source>Ask the teacher to double-check each text</source>
        <translation type="unfinished">Pedir ao professor que verifique cada texto</translation>
    </message>
    <message>
        <source>One more request per text: slower, but texts that do not fit their label or language are dropped.</source>
        <translation type="unfinished">Mais um pedido por texto: mais lento, mas os textos que não correspondem ao rótulo ou à língua são descartados.</translation>
    </message>
    <message>
        <source>Samples per label</source>
        <translation type="unfinished">Amostras por rótulo</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished">Semente</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished">Verificações</translation>
    </message>
    <message>
        <source>Drop texts written in another script</source>
        <translation type="unfinished">Descartar textos escritos em outro sistema de escrita</translation>
    </message>
    <message>
        <source>Drop texts in another language</source>
        <translation type="unfinished">Descartar textos em outra língua</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation type="unfinished">Quase duplicados</translation>
    </message>
    <message>
        <source>Longest text (characters)</source>
        <translation type="unfinished">Texto mais longo (caracteres)</translation>
    </message>
    <message>
        <source>Shule cannot recognise {language} automatically, so texts in another language are not caught: the teacher&apos;s double-check or your review has to.</source>
        <translation type="unfinished">O Shule não consegue reconhecer a língua {language} automaticamente, por isso os textos em outra língua não são apanhados: isso fica a cargo da verificação do professor ou da sua revisão.</translation>
    </message>
    <message>
        <source>Your real examples: {counts}.</source>
        <translation type="unfinished">Os seus exemplos reais: {counts}.</translation>
    </message>
    <message>
        <source>Labels without examples get examples of other labels only: {labels}.</source>
        <translation type="unfinished">Os rótulos sem exemplos recebem apenas exemplos de outros rótulos: {labels}.</translation>
    </message>
    <message>
        <source>No imported examples yet; accepted samples of earlier rounds serve instead: {counts}.</source>
        <translation type="unfinished">Ainda não há exemplos importados; em vez deles servem amostras aprovadas de sessões anteriores: {counts}.</translation>
    </message>
    <message>
        <source>No examples yet: import a CSV file with a text and a label column, or accept some samples first.</source>
        <translation type="unfinished">Ainda não há exemplos: importe um arquivo CSV com uma coluna de texto e uma de rótulo, ou aprove primeiro algumas amostras.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>GGUF is the file format of language models that run on your own computer (llama.cpp, LM Studio and Ollama use it too). One file holds the whole model; Shule uses the file where it is.</source>
        <translation type="unfinished">GGUF é o formato de arquivo dos modelos de linguagem que funcionam no seu próprio computador (llama.cpp, LM Studio e Ollama também o usam). Um único arquivo contém o modelo inteiro; o Shule usa o arquivo onde ele está.</translation>
    </message>
    <message>
        <source>ONNX is an open file format for trained models: the onnxruntime library runs it on any computer or small device, without Python or PyTorch.</source>
        <translation type="unfinished">ONNX é um formato de arquivo aberto para modelos treinados: a biblioteca onnxruntime executa-o em qualquer computador ou pequeno dispositivo, sem Python nem PyTorch.</translation>
    </message>
    <message>
        <source>int8 (quantization) stores each of the model&apos;s numbers in one byte instead of four: the model becomes about four times smaller and faster on a CPU, and usually loses very little accuracy. Shule measures the loss and tells you.</source>
        <translation type="unfinished">int8 (quantização) guarda cada número do modelo num byte em vez de quatro: o modelo fica cerca de quatro vezes menor e mais rápido numa CPU, e costuma perder muito pouca exatidão. O Shule mede essa perda e informa.</translation>
    </message>
    <message>
        <source>macro-F1 is the score Shule uses, from 0 to 1: for each label, how well the model finds that label&apos;s texts without false alarms, averaged over the labels so that a rare label counts as much as a common one.</source>
        <translation type="unfinished">O macro-F1 é a pontuação usada pelo Shule, de 0 a 1: para cada rótulo, quão bem o modelo encontra os textos desse rótulo sem falsos alarmes, com a média entre os rótulos para que um rótulo raro conte tanto quanto um comum.</translation>
    </message>
    <message>
        <source>Gold examples are real texts you labelled yourself and keep apart: they are never used for training, only to check the teacher and the students fairly.</source>
        <translation type="unfinished">Os exemplos de referência são textos reais que rotulou pessoalmente e que ficam à parte: nunca são usados no treino, apenas para avaliar com justiça o professor e os alunos.</translation>
    </message>
</context>
<context>
    <name>GoldBar</name>
    <message>
        <source>Add a gold example…</source>
        <translation type="unfinished">Adicionar um exemplo de referência…</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training.</source>
        <translation type="unfinished">{n} exemplos de referência também aparecem entre as amostras de treino: ficam fora do treino.</translation>
    </message>
</context>
<context>
    <name>GoldDialog</name>
    <message>
        <source>Add a gold example</source>
        <translation type="unfinished">Adicionar um exemplo de referência</translation>
    </message>
    <message>
        <source>A gold example is a text you know the right label for. Gold examples are never trained on: the student is tested on them, so type texts as your users write them.</source>
        <translation type="unfinished">Um exemplo de referência é um texto cujo rótulo certo se conhece. Os exemplos de referência nunca são usados no treino: servem para testar o aluno, por isso escreva os textos tal como as pessoas os escrevem.</translation>
    </message>
    <message>
        <source>The text, as a user would write it</source>
        <translation type="unfinished">O texto, tal como uma pessoa o escreveria</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished">Adicionar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Rótulo</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Texts in another language are also dropped more readily.</source>
        <extracomment>What switching a note on also does to the checks (core.feedback.FILTER_CHANGES), in words.</extracomment>
        <translation type="unfinished">Os textos em outra língua também são descartados com mais facilidade.</translation>
    </message>
    <message>
        <source>Texts much like an earlier one are also dropped more readily.</source>
        <translation type="unfinished">Os textos muito parecidos com um anterior também são descartados com mais facilidade.</translation>
    </message>
    <message>
        <source>What your reviews add to the next round</source>
        <translation type="unfinished">O que as suas revisões acrescentam à próxima sessão</translation>
    </message>
    <message>
        <source>Notes for the teacher, written from your review. Each one is added to every request; untick one to leave it out.</source>
        <translation type="unfinished">Notas para o professor, escritas a partir da sua revisão. Cada uma é acrescentada a todos os pedidos; desmarque uma para a deixar de fora.</translation>
    </message>
    <message>
        <source>You corrected 1 generated text: the teacher sees before and after</source>
        <translation type="unfinished">Corrigiu 1 texto gerado: o professor vê o antes e o depois</translation>
    </message>
    <message>
        <source>{n} of {total} rejections: {reason}</source>
        <translation type="unfinished">{n} de {total} rejeições: {reason}</translation>
    </message>
    <message>
        <source>You corrected {n} generated texts: the teacher sees some before and after</source>
        <translation type="unfinished">Corrigiu {n} textos gerados: o professor vê alguns antes e depois</translation>
    </message>
</context>
<context>
    <name>HardwareBox</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished">Este computador</translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation type="unfinished">Análise deste computador…</translation>
    </message>
    <message>
        <source>Shule could not look at this computer: {why}</source>
        <translation type="unfinished">O Shule não conseguiu analisar este computador: {why}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Labelled samples, already checked: they count as accepted</source>
        <extracomment>(kind, status, words): the choices under &quot;Import as&quot;.</extracomment>
        <translation type="unfinished">Amostras rotuladas, já verificadas: contam como aprovadas</translation>
    </message>
    <message>
        <source>Labelled samples to review: they wait in the Review step</source>
        <translation type="unfinished">Amostras rotuladas a rever: ficam à espera no passo Revisão</translation>
    </message>
    <message>
        <source>Gold examples: kept apart, used only to score the student</source>
        <translation type="unfinished">Exemplos de referência: mantidos à parte, usados apenas para avaliar o aluno</translation>
    </message>
    <message>
        <source>Unlabelled texts: the teacher labels them in the Generate step</source>
        <translation type="unfinished">Textos sem rótulo: o professor rotula-os no passo Gerar</translation>
    </message>
    <message>
        <source>Import data</source>
        <extracomment>(how many were written, the kind: &quot;samples&quot; | &quot;gold&quot; | &quot;unlabelled&quot;)</extracomment>
        <translation type="unfinished">Importar dados</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished">Ainda não foi escolhido nenhum arquivo.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished">Escolher arquivo…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Importar</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation type="unfinished">Coluna do texto</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation type="unfinished">Coluna do rótulo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Importar como</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished">As primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished">Leitura de {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished">Leitura de {file}…</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished">(escolha uma coluna)</translation>
    </message>
    <message>
        <source>Row {row} {why}.</source>
        <translation type="unfinished">Linha {row}: {why}.</translation>
    </message>
    <message>
        <source>… and {n} more rows.</source>
        <translation type="unfinished">… e mais {n} linhas.</translation>
    </message>
    <message>
        <source>1 row cannot be imported:</source>
        <translation type="unfinished">1 linha não pode ser importada:</translation>
    </message>
    <message>
        <source>{n} rows cannot be imported:</source>
        <translation type="unfinished">{n} linhas não podem ser importadas:</translation>
    </message>
    <message>
        <source>nothing is imported until every row can be. Fix the file, or choose other columns.</source>
        <translation type="unfinished">nada é importado enquanto todas as linhas não puderem ser. Corrija o arquivo ou escolha outras colunas.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">Nada a importar: {file} não tem linhas com texto.</translation>
    </message>
    <message>
        <source>Ready: {n} rows of {file} can be imported.</source>
        <translation type="unfinished">Pronto: {n} linhas de {file} podem ser importadas.</translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="unfinished">Importar {what}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">Importação em curso…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">Nada foi importado.</translation>
    </message>
    <message>
        <source>Stopped reading the file. Choose it again to import it.</source>
        <translation type="unfinished">A leitura do arquivo foi interrompida. Escolha-o de novo para o importar.</translation>
    </message>
    <message>
        <source>1 sample</source>
        <extracomment>kind: (one, many), for &quot;Import 120 samples&quot; and &quot;Imported 120 samples.&quot;</extracomment>
        <translation type="unfinished">1 amostra</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">{n} amostras</translation>
    </message>
    <message>
        <source>1 gold example</source>
        <translation type="unfinished">1 exemplo de referência</translation>
    </message>
    <message>
        <source>{n} gold examples</source>
        <translation type="unfinished">{n} exemplos de referência</translation>
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
        <translation type="unfinished">Importação concluída: {what}.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">Teclas de revisão</translation>
    </message>
    <message>
        <source>Click a field and press the new key. The same key may serve one action while deciding and one reason after X.</source>
        <translation type="unfinished">Clique num campo e pressione a nova tecla. A mesma tecla pode servir para uma ação durante a decisão e para um motivo depois de X.</translation>
    </message>
    <message>
        <source>{key} already does “{action}”: choose another key, or change that one first.</source>
        <translation type="unfinished">{key} já faz “{action}”: escolha outra tecla, ou altere primeiro essa.</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>Review keys</source>
        <translation type="unfinished">Teclas de revisão</translation>
    </message>
    <message>
        <source>Change keys…</source>
        <translation type="unfinished">Alterar teclas…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished">Fechar (Esc)</translation>
    </message>
    <message>
        <source>Going through the samples</source>
        <translation type="unfinished">Percorrer as amostras</translation>
    </message>
    <message>
        <source>After X: why it is rejected</source>
        <translation type="unfinished">Depois de X: motivo da rejeição</translation>
    </message>
    <message>
        <source>While editing a text</source>
        <translation type="unfinished">Ao editar um texto</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation type="unfinished">Guardar o texto</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation type="unfinished">Cancelar a edição</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(nenhuma)</translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished">aprovar</translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished">rejeitar</translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished">editar</translation>
    </message>
    <message>
        <source>relabel</source>
        <translation type="unfinished">mudar rótulo</translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished">passar</translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished">desfazer</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation type="unfinished">todas as teclas</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language &amp; task</source>
        <extracomment>A new project file was written; the main window opens it.</extracomment>
        <translation type="unfinished">Língua e tarefa</translation>
    </message>
    <message>
        <source>Name the language your texts are written in, say what the classifier is for, and list the labels it should choose from.</source>
        <translation type="unfinished">Indique a língua em que os seus textos estão escritos, diga para que serve o classificador e liste os rótulos entre os quais deve escolher.</translation>
    </message>
    <message>
        <source>Type a language name or code, e.g. Swahili or sw</source>
        <translation type="unfinished">Escreva o nome ou o código de uma língua, p. ex. Kiswahili ou sw</translation>
    </message>
    <message>
        <source>What should the classifier do? e.g. Sort SMS reports from farmers by topic.</source>
        <translation type="unfinished">O que deve fazer o classificador? P. ex. Ordenar por tema as mensagens SMS de agricultores.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Rótulo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descrição</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished">Adicionar rótulo</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished">Remover rótulo</translation>
    </message>
    <message>
        <source>Create project…</source>
        <translation type="unfinished">Criar projeto…</translation>
    </message>
    <message>
        <source>This is the open project&apos;s language, task and labels. To start another project, use File › New project.</source>
        <translation type="unfinished">Estes são a língua, a tarefa e os rótulos do projeto aberto. Para começar outro projeto, use Arquivo › Novo projeto.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Língua</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished">Tarefa</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished">Rótulos</translation>
    </message>
    <message>
        <source>written right to left</source>
        <translation type="unfinished">escrita da direita para a esquerda</translation>
    </message>
    <message>
        <source>written left to right</source>
        <translation type="unfinished">escrita da esquerda para a direita</translation>
    </message>
    <message>
        <source>Script: {script} ({code}) · {direction}</source>
        <translation type="unfinished">Sistema de escrita: {script} ({code}) · {direction}</translation>
    </message>
    <message>
        <source>{name} classifier</source>
        <translation type="unfinished">Classificador de {name}</translation>
    </message>
</context>
<context>
    <name>LocalTeacherFiles</name>
    <message>
        <source>Add a GGUF file on disk…</source>
        <translation type="unfinished">Adicionar um arquivo GGUF do disco…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished">Remover da lista</translation>
    </message>
    <message>
        <source>Shule forgets the file; the file itself is left where it is.</source>
        <translation type="unfinished">O Shule esquece o arquivo; o próprio arquivo fica onde está.</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished">Usar este modelo</translation>
    </message>
    <message>
        <source>Files you add are used where they are; Shule does not copy them. Downloaded models are kept in {folder}.</source>
        <translation type="unfinished">Os arquivos adicionados são usados onde estão; o Shule não os copia. Os modelos transferidos ficam em {folder}.</translation>
    </message>
    <message>
        <source>{name} — missing from {folder}</source>
        <translation type="unfinished">{name} — não se encontra em {folder}</translation>
    </message>
    <message>
        <source>{name} — used where it is, in {folder}</source>
        <translation type="unfinished">{name} — usado onde está, em {folder}</translation>
    </message>
    <message>
        <source>{name} — downloaded</source>
        <translation type="unfinished">{name} — transferido</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Training loss curve</source>
        <extracomment>The curve keeps at most this many points however long the run: neighbours are merged into buckets (mean drawn as the line, min–max as a band), so painting stays cheap at 100k steps.</extracomment>
        <translation type="unfinished">Curva de perda do treino</translation>
    </message>
    <message>
        <source>The loss curve appears here while the student trains.</source>
        <translation type="unfinished">A curva de perda aparece aqui enquanto o aluno treina.</translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished">passo</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished">perda</translation>
    </message>
    <message>
        <source>dev macro-F1</source>
        <translation type="unfinished">macro-F1 de validação</translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation type="unfinished">passo {step}: perda {loss}</translation>
    </message>
    <message>
        <source>dev macro-F1 {value} at step {step}</source>
        <translation type="unfinished">macro-F1 de validação {value} no passo {step}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished">&amp;Novo projeto</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished">&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished">&amp;Importar dados…</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished">&amp;Exportar dados…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation type="unfinished">&amp;Modelos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Configurações</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;Idioma da interface</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation type="unfinished">&amp;O que é isto?</translation>
    </message>
    <message>
        <source>New projects start with the teacher {name}.</source>
        <translation type="unfinished">Os novos projetos começam com o professor {name}.</translation>
    </message>
    <message>
        <source>{name} was made by an earlier version of Shule, so it has been upgraded. A copy of it as it was is kept at {backup}; the earlier Shule can open that copy.</source>
        <translation type="unfinished">{name} foi criado por uma versão anterior do Shule, por isso foi atualizado. Uma cópia do projeto tal como estava fica guardada em {backup}; o Shule anterior consegue abrir essa cópia.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished">Nenhum projeto aberto</translation>
    </message>
    <message>
        <source>Shule</source>
        <translation type="unfinished">Shule</translation>
    </message>
    <message>
        <source>Create or open a project first</source>
        <translation type="unfinished">Crie ou abra primeiro um projeto</translation>
    </message>
    <message>
        <source>Choose a teacher first</source>
        <translation type="unfinished">Escolha primeiro um professor</translation>
    </message>
    <message>
        <source>Generate or import samples first</source>
        <translation type="unfinished">Gere ou importe primeiro amostras</translation>
    </message>
    <message>
        <source>Choose a teacher or train a student first</source>
        <translation type="unfinished">Escolha primeiro um professor ou treine um aluno</translation>
    </message>
    <message>
        <source>Train a student first</source>
        <translation type="unfinished">Treine primeiro um aluno</translation>
    </message>
    <message>
        <source>Shule can change its language once this work has ended: {steps}. Wait for it or stop it, then choose the language again.</source>
        <translation type="unfinished">O Shule pode mudar de idioma quando este trabalho terminar: {steps}. Espere que termine ou interrompa-o, e depois escolha o idioma de novo.</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Teacher models</source>
        <translation type="unfinished">Modelos professor</translation>
    </message>
    <message>
        <source>The teacher is a large language model that writes example texts in your language. Download one of the recommended models, or use a GGUF model file you already have. A model that fits in your GPU&apos;s memory runs fast; on the CPU it works, slowly.</source>
        <translation type="unfinished">O professor é um grande modelo de linguagem que escreve textos de exemplo na sua língua. Transfira um dos modelos recomendados, ou use um arquivo de modelo GGUF que já tenha. Um modelo que cabe na memória da GPU é rápido; na CPU funciona, mas devagar.</translation>
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
        <translation type="unfinished">Neste computador</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished">Tamanho em disco</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation type="unfinished">Memória necessária</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Línguas</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished">Licença</translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished">Transferir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Retomar</translation>
    </message>
    <message>
        <source>Discard partial</source>
        <translation type="unfinished">Apagar a parte transferida</translation>
    </message>
    <message>
        <source>Open model card</source>
        <translation type="unfinished">Abrir a ficha do modelo</translation>
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
        <translation type="unfinished">Modelos neste computador</translation>
    </message>
    <message>
        <source>RAM {ram} GB; GPU {vram} GB</source>
        <translation type="unfinished">RAM {ram} GB; GPU {vram} GB</translation>
    </message>
    <message>
        <source>{licence} (non-commercial)</source>
        <translation type="unfinished">{licence} (não comercial)</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation type="unfinished">ver a nota</translation>
    </message>
    <message>
        <source>{some}, … ({n} in all)</source>
        <translation type="unfinished">{some}, … ({n} no total)</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished">Pausa em curso…</translation>
    </message>
    <message>
        <source>Downloading… {percent} %</source>
        <translation type="unfinished">Transferência em curso… {percent} %</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished">Transferido</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished">Não transferido</translation>
    </message>
    <message>
        <source>Paused at {percent} %</source>
        <translation type="unfinished">Em pausa aos {percent} %</translation>
    </message>
    <message>
        <source>Paused ({size} downloaded)</source>
        <translation type="unfinished">Em pausa ({size} transferidos)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished">Verificação em curso…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Início em curso…</translation>
    </message>
    <message>
        <source>Downloaded {name}.</source>
        <translation type="unfinished">{name} transferido.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped, now or after Shule is started again.</source>
        <translation type="unfinished">Em pausa. Retomar continua onde parou, agora ou depois de o Shule ser reiniciado.</translation>
    </message>
    <message>
        <source>Runs well on your GPU</source>
        <translation type="unfinished">Funciona bem na sua GPU</translation>
    </message>
    <message>
        <source>Runs on the CPU, slowly</source>
        <translation type="unfinished">Funciona na CPU, devagar</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation type="unfinished">Grande demais para este computador</translation>
    </message>
</context>
<context>
    <name>MoreReview</name>
    <message>
        <source>Would more review help?</source>
        <translation type="unfinished">Mais revisão ajudaria?</translation>
    </message>
    <message>
        <source>Draw the learning curve</source>
        <translation type="unfinished">Traçar a curva de aprendizagem</translation>
    </message>
    <message>
        <source>Trains the newest student&apos;s kind again on a quarter, a half and all of your accepted samples and scores each: a curve still rising says more reviewed samples will help.</source>
        <translation type="unfinished">Treina de novo o tipo do aluno mais recente com um quarto, metade e a totalidade das suas amostras aprovadas e avalia cada um: uma curva que ainda sobe indica que rever mais amostras vai ajudar.</translation>
    </message>
    <message>
        <source>Review the texts the student is unsure about</source>
        <translation type="unfinished">Rever os textos sobre os quais o aluno tem dúvidas</translation>
    </message>
    <message>
        <source>Your imported texts that the newest student finds hardest become samples waiting for review, labelled with its best guess: correcting them teaches the next student most.</source>
        <translation type="unfinished">Os seus textos importados que o aluno mais recente acha mais difíceis passam a amostras à espera de revisão, rotuladas com o melhor palpite dele: corrigi-las é o que mais ensina o próximo aluno.</translation>
    </message>
    <message>
        <source>Import some of your own unlabelled texts first (File ▸ Import data…).</source>
        <translation type="unfinished">Importe primeiro alguns dos seus próprios textos sem rótulo (Arquivo ▸ Importar dados…).</translation>
    </message>
    <message>
        <source>{added} texts the student is least sure about wait on the Review page, labelled with its best guess.</source>
        <translation type="unfinished">{added} textos sobre os quais o aluno tem mais dúvidas esperam na página Revisão, rotulados com o melhor palpite dele.</translation>
    </message>
    <message>
        <source>{share} of the samples ({n}): {f1}</source>
        <translation type="unfinished">{share} das amostras ({n}): {f1}</translation>
    </message>
    <message>
        <source>The score still rises with more samples: reviewing more should help.</source>
        <translation type="unfinished">A pontuação ainda sobe com mais amostras: rever mais deve ajudar.</translation>
    </message>
    <message>
        <source>The score has levelled off: more of the same samples may not help much; try new strategies or a larger student.</source>
        <translation type="unfinished">A pontuação estabilizou: mais amostras do mesmo tipo podem não ajudar muito; experimente novas estratégias ou um aluno maior.</translation>
    </message>
    <message>
        <source>macro-F1 on the {on} set — {points}. {advice}</source>
        <translation type="unfinished">macro-F1 no conjunto {on} — {points}. {advice}</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">de referência</translation>
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
        <translation type="unfinished">Ocorreu um erro inesperado ({kind}: {detail}). Por favor, comunique este problema.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Target per label</source>
        <extracomment>Up to this many samples the numbers are read at once (a few ms); beyond, in a worker thread with its own connection (on 100k samples the grouped queries take a few hundred ms).</extracomment>
        <translation type="unfinished">Objetivo por rótulo</translation>
    </message>
    <message>
        <source>{p} pending · {a} accepted · {r} rejected</source>
        <translation type="unfinished">{p} pendentes · {a} aprovadas · {r} rejeitadas</translation>
    </message>
    <message>
        <source>Accepted, by strategy: {rates}</source>
        <translation type="unfinished">Aprovadas, por estratégia: {rates}</translation>
    </message>
    <message>
        <source>Accepted, by teacher: {rates}</source>
        <translation type="unfinished">Aprovadas, por professor: {rates}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Início em curso…</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation type="unfinished">faltam cerca de {n} s</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation type="unfinished">faltam cerca de {n} min</translation>
    </message>
    <message>
        <source>about {hours:.1f} h left</source>
        <translation type="unfinished">faltam cerca de {hours:.1f} h</translation>
    </message>
</context>
<context>
    <name>ReasonBar</name>
    <message>
        <source>Why reject it?</source>
        <translation type="unfinished">Motivo da rejeição?</translation>
    </message>
    <message>
        <source>Esc keep it</source>
        <translation type="unfinished">Esc: manter</translation>
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
        <translation type="unfinished">Fechar</translation>
    </message>
    <message>
        <source>Forget this run; its samples are kept.</source>
        <translation type="unfinished">Esquecer esta execução; as amostras dela são mantidas.</translation>
    </message>
    <message>
        <source>A generation run stopped before it finished ({n} of {total} samples made). Continue it?</source>
        <translation type="unfinished">Uma geração parou antes de terminar ({n} de {total} amostras feitas). Continuar?</translation>
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
        <translation type="unfinished">Nenhuma amostra selecionada.</translation>
    </message>
    <message>
        <source>pinned as a teacher example</source>
        <translation type="unfinished">fixada como exemplo do professor</translation>
    </message>
    <message>
        <source>excluded from the teacher&apos;s examples</source>
        <translation type="unfinished">excluída dos exemplos do professor</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished">Rejeitada: {reason}</translation>
    </message>
    <message>
        <source>strategy: {s}</source>
        <translation type="unfinished">estratégia: {s}</translation>
    </message>
    <message>
        <source>teacher: {t}</source>
        <translation type="unfinished">professor: {t}</translation>
    </message>
    <message>
        <source>checked by the teacher</source>
        <translation type="unfinished">verificada pelo professor</translation>
    </message>
    <message>
        <source>{n} examples shown to the teacher</source>
        <translation type="unfinished">{n} exemplos mostrados ao professor</translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>Search the texts…</source>
        <translation type="unfinished">Pesquisar nos textos…</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">Pesquisar nos textos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Qualquer estado</translation>
    </message>
    <message>
        <source>Show the samples with status</source>
        <translation type="unfinished">Mostrar as amostras com o estado</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished">Qualquer rótulo</translation>
    </message>
    <message>
        <source>Show the samples with label</source>
        <translation type="unfinished">Mostrar as amostras com o rótulo</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished">Qualquer origem</translation>
    </message>
    <message>
        <source>Show the samples from</source>
        <translation type="unfinished">Mostrar as amostras vindas de</translation>
    </message>
    <message>
        <source>Any strategy</source>
        <translation type="unfinished">Qualquer estratégia</translation>
    </message>
    <message>
        <source>Show the samples written with strategy</source>
        <translation type="unfinished">Mostrar as amostras escritas com a estratégia</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished">Qualquer motivo</translation>
    </message>
    <message>
        <source>Show the samples rejected for reason</source>
        <translation type="unfinished">Mostrar as amostras rejeitadas pelo motivo</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">Mostrar tudo</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished">Limpar a pesquisa e todos os filtros</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>Relabel as “{label}”</source>
        <translation type="unfinished">Mudar o rótulo para “{label}”</translation>
    </message>
    <message>
        <source>Relabel as label {n}</source>
        <translation type="unfinished">Mudar para o rótulo {n}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished">Motivo: {reason}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Aprovar</translation>
    </message>
    <message>
        <source>Reject (then the reason)</source>
        <translation type="unfinished">Rejeitar (depois o motivo)</translation>
    </message>
    <message>
        <source>Edit the text</source>
        <translation type="unfinished">Editar o texto</translation>
    </message>
    <message>
        <source>Skip to the next sample</source>
        <translation type="unfinished">Passar à amostra seguinte</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Refazer</translation>
    </message>
    <message>
        <source>Search the texts</source>
        <translation type="unfinished">Pesquisar nos textos</translation>
    </message>
    <message>
        <source>Pin / unpin as a teacher example</source>
        <translation type="unfinished">Fixar / desafixar como exemplo do professor</translation>
    </message>
    <message>
        <source>Exclude / include as a teacher example</source>
        <translation type="unfinished">Excluir / incluir como exemplo do professor</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation type="unfinished">Mostrar as teclas</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>pinned</source>
        <translation type="unfinished">fixada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Rótulo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Origem</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished">excluída</translation>
    </message>
    <message>
        <source>wrong language</source>
        <extracomment>Why a sample was rejected: stored code (core&apos;s list) and the words shown (keys 1–6 pick them in this order).</extracomment>
        <translation type="unfinished">língua errada</translation>
    </message>
    <message>
        <source>wrong label</source>
        <translation type="unfinished">rótulo errado</translation>
    </message>
    <message>
        <source>unnatural or translated-sounding</source>
        <translation type="unfinished">pouco natural ou parece tradução</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished">repetida</translation>
    </message>
    <message>
        <source>harmful</source>
        <translation type="unfinished">nociva</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">outro</translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished">gerada</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation type="unfinished">rotulada</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished">importada</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">referência</translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished">pendente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished">aprovada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished">rejeitada</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished">Revisão</translation>
    </message>
    <message>
        <source>Keep the samples that are right and reject the others: the next one follows at once. Select rows to decide them together; press ? for every key.</source>
        <translation type="unfinished">Mantenha as amostras que estão certas e rejeite as outras: a seguinte aparece logo. Selecione várias linhas para decidir sobre elas em conjunto; pressione ? para ver todas as teclas.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">Amostras</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation type="unfinished">Teclas…</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation type="unfinished">{n} amostras</translation>
    </message>
    <message>
        <source>{n} samples match</source>
        <translation type="unfinished">{n} amostras correspondem</translation>
    </message>
</context>
<context>
    <name>RoundStats</name>
    <message>
        <source>zero-shot</source>
        <translation type="unfinished">zero-shot</translation>
    </message>
    <message>
        <source>few-shot</source>
        <translation type="unfinished">few-shot</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished">diverso</translation>
    </message>
    <message>
        <source>Rounds so far</source>
        <translation type="unfinished">Sessões até agora</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation type="unfinished">Sessões anteriores</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation type="unfinished">ainda não revistas</translation>
    </message>
    <message>
        <source>{rate:.0%} accepted ({a} of {n} reviewed</source>
        <translation type="unfinished">{rate:.0%} aprovadas ({a} de {n} revistas</translation>
    </message>
    <message>
        <source>, {n} to review</source>
        <translation type="unfinished">, {n} à espera de revisão</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation type="unfinished">Sessão {number}</translation>
    </message>
    <message>
        <source>Rejected: {reasons}.</source>
        <translation type="unfinished">Rejeitadas: {reasons}.</translation>
    </message>
    <message>
        <source>{n} made</source>
        <translation type="unfinished">{n} feitas</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <source>Scores: macro-F1 per model</source>
        <translation type="unfinished">Pontuações: macro-F1 por modelo</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished">professor</translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished">aluno</translation>
    </message>
    <message>
        <source>{name} ({kind}): not scored yet</source>
        <translation type="unfinished">{name} ({kind}): ainda não avaliado</translation>
    </message>
    <message>
        <source>{name} ({kind}): macro-F1 {value}</source>
        <translation type="unfinished">{name} ({kind}): macro-F1 {value}</translation>
    </message>
    <message>
        <source>{delta} against the teacher</source>
        <translation type="unfinished">{delta} em relação ao professor</translation>
    </message>
    <message>
        <source>Scores appear here once a model is evaluated.</source>
        <translation type="unfinished">As pontuações aparecem aqui depois de um modelo ser avaliado.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished">ainda não avaliado</translation>
    </message>
    <message>
        <source>teacher&apos;s score</source>
        <translation type="unfinished">pontuação do professor</translation>
    </message>
</context>
<context>
    <name>ScoreDetails</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Rótulo</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished">Precisão</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished">Cobertura</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished">F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished">Quantidade</translation>
    </message>
    <message>
        <source>Scores per label</source>
        <translation type="unfinished">Pontuações por rótulo</translation>
    </message>
    <message>
        <source>Of the texts the model gave this label, the share that really have it.</source>
        <translation type="unfinished">Dos textos a que o modelo deu este rótulo, a parte que o tem realmente.</translation>
    </message>
    <message>
        <source>Of the texts that have this label, the share the model found.</source>
        <translation type="unfinished">Dos textos que têm este rótulo, a parte que o modelo encontrou.</translation>
    </message>
    <message>
        <source>Precision and recall in one figure (their harmonic mean): 1.0 is perfect.</source>
        <translation type="unfinished">Precisão e cobertura num só valor (uma média especial das duas): 1,0 é perfeito.</translation>
    </message>
    <message>
        <source>How many gold texts have this label.</source>
        <translation type="unfinished">Quantos textos de referência têm este rótulo.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished">Mostrar tudo</translation>
    </message>
    <message>
        <source>List every gold text the model got wrong</source>
        <translation type="unfinished">Listar todos os textos de referência em que o modelo errou</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Texto</translation>
    </message>
    <message>
        <source>True label</source>
        <translation type="unfinished">Rótulo verdadeiro</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished">Previsto</translation>
    </message>
    <message>
        <source>Gold texts the model labelled wrongly</source>
        <translation type="unfinished">Textos de referência que o modelo rotulou mal</translation>
    </message>
    <message>
        <source>{name} is not scored yet.</source>
        <translation type="unfinished">{name} ainda não foi avaliado.</translation>
    </message>
    <message>
        <source>Select a row of the scoreboard to see where it goes wrong.</source>
        <translation type="unfinished">Selecione uma linha do quadro de pontuações para ver onde erra.</translation>
    </message>
    <message>
        <source>{name}: where it goes wrong</source>
        <translation type="unfinished">{name}: onde erra</translation>
    </message>
    <message>
        <source>Gold texts labelled wrongly: {n}</source>
        <translation type="unfinished">Textos de referência rotulados mal: {n}</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {n}</source>
        <translation type="unfinished">Verdadeiro {true}, previsto {predicted}: {n}</translation>
    </message>
</context>
<context>
    <name>ServerTeacherForm</name>
    <message>
        <source>Find servers on this computer</source>
        <translation type="unfinished">Procurar servidores neste computador</translation>
    </message>
    <message>
        <source>for example http://127.0.0.1:11434/v1 or https://api.openai.com/v1</source>
        <translation type="unfinished">por exemplo http://127.0.0.1:11434/v1 ou https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation type="unfinished">o nome do modelo no servidor</translation>
    </message>
    <message>
        <source>only for online APIs</source>
        <translation type="unfinished">só para APIs online</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished">Testar a conexão</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Endereço do servidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished">Chave de API</translation>
    </message>
    <message>
        <source>A key for this server is stored on this computer; type a new one to replace it.</source>
        <translation type="unfinished">Está guardada neste computador uma chave para este servidor; escreva uma nova para a substituir.</translation>
    </message>
    <message>
        <source>needs an API key</source>
        <translation type="unfinished">precisa de uma chave de API</translation>
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
        <translation type="unfinished">O Shule pode procurar o Ollama, o LM Studio, um servidor llama.cpp ou o vLLM a funcionar neste computador.</translation>
    </message>
    <message>
        <source>No model server is running on this computer. Start one, or type the address of an online API.</source>
        <translation type="unfinished">Não há nenhum servidor de modelos ativo neste computador. Inicie um, ou escreva o endereço de uma API online.</translation>
    </message>
    <message>
        <source>Found on this computer (choose one):</source>
        <translation type="unfinished">Encontrados neste computador (escolha um):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">Atalhos de teclado</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished">Em qualquer página</translation>
    </message>
    <message>
        <source>On the Review page</source>
        <translation type="unfinished">Na página Revisão</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">Teclas</translation>
    </message>
    <message>
        <source>Every step can be reached from the keyboard: Tab moves between fields and buttons, Space or Enter presses a button. On the Review page, press ? to see its keys and change them.</source>
        <translation type="unfinished">Todos os passos podem ser feitos com o teclado: Tab muda entre campos e botões, Espaço ou Enter pressiona um botão. Na página Revisão, pressione ? para ver as teclas e alterá-las.</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">Concluído</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Próximo passo</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">Professor</translation>
    </message>
    <message>
        <source>Choose the large language model that writes example texts for each label: a GGUF model file on this computer, or a model server. A model that knows your language well gives better samples.</source>
        <translation type="unfinished">Escolha o grande modelo de linguagem que escreve textos de exemplo para cada rótulo: um arquivo de modelo GGUF neste computador, ou um servidor de modelos. Um modelo que conhece bem a sua língua dá melhores amostras.</translation>
    </message>
    <message>
        <source>A model file on this computer (GGUF)</source>
        <translation type="unfinished">Um arquivo de modelo neste computador (GGUF)</translation>
    </message>
    <message>
        <source>A model server (Ollama, LM Studio, llama.cpp server, vLLM, or an online API)</source>
        <translation type="unfinished">Um servidor de modelos (Ollama, LM Studio, servidor llama.cpp, vLLM, ou uma API online)</translation>
    </message>
    <message>
        <source>Path to a .gguf model file</source>
        <translation type="unfinished">Caminho para um arquivo de modelo .gguf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Procurar…</translation>
    </message>
    <message>
        <source>Recommended models…</source>
        <translation type="unfinished">Modelos recomendados…</translation>
    </message>
    <message>
        <source>Download a recommended teacher model, or choose one already on this computer.</source>
        <translation type="unfinished">Transfira um modelo professor recomendado, ou escolha um que já esteja neste computador.</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished">Arquivo do modelo</translation>
    </message>
    <message>
        <source>Use this teacher</source>
        <extracomment>Ports to look at (kind → port); None: each server&apos;s usual port. Tests set their own.</extracomment>
        <translation type="unfinished">Usar este professor</translation>
    </message>
    <message>
        <source>Looking for servers on this computer…</source>
        <translation type="unfinished">À procura de servidores neste computador…</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first, or choose a server found on this computer.</source>
        <translation type="unfinished">Escreva primeiro o endereço do servidor, ou escolha um servidor encontrado neste computador.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished">Consulta ao servidor em curso…</translation>
    </message>
    <message>
        <source>Shule found a model server on this computer: {names}. Choose “A model server” to use it.</source>
        <translation type="unfinished">O Shule encontrou um servidor de modelos neste computador: {names}. Escolha “Um servidor de modelos” para o usar.</translation>
    </message>
    <message>
        <source>Choose a model file first.</source>
        <translation type="unfinished">Escolha primeiro um arquivo de modelo.</translation>
    </message>
    <message>
        <source>Type or choose the model&apos;s name.</source>
        <translation type="unfinished">Escreva ou escolha o nome do modelo.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address.</source>
        <translation type="unfinished">“{address}” não é um endereço web.</translation>
    </message>
    <message>
        <source>No teacher chosen yet. Your usual teacher is filled in: check it, then click “Use this teacher”.</source>
        <translation type="unfinished">Ainda não foi escolhido nenhum professor. O seu professor habitual já está preenchido: verifique-o e depois clique em “Usar este professor”.</translation>
    </message>
    <message>
        <source>No teacher chosen yet.</source>
        <translation type="unfinished">Ainda não foi escolhido nenhum professor.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: the model {model} on the server at {url}.</source>
        <translation type="unfinished">Professor deste projeto: o modelo {model} no servidor em {url}.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher: {path}
{about}</source>
        <translation type="unfinished">Professor deste projeto: {path}
{about}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Train</source>
        <translation type="unfinished">Treinar</translation>
    </message>
    <message>
        <source>Train a small model (the student) on your accepted samples. The quick student trains in seconds; a pretrained base that knows your language usually scores higher but takes longer.</source>
        <translation type="unfinished">Treine um modelo pequeno (o aluno) com as suas amostras aprovadas. O aluno rápido treina em segundos; uma base pré-treinada que conhece a sua língua costuma obter melhor pontuação, mas demora mais.</translation>
    </message>
    <message>
        <source>Training loss by step, and the score on the held-out samples after each epoch</source>
        <translation type="unfinished">Perda do treino por passo, e a pontuação nas amostras reservadas depois de cada época</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">Aluno</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished">Treinado</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished">Amostras</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Resultado</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished">Como terminou</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation type="unfinished">Modelos treinados</translation>
    </message>
    <message>
        <source>The training pack is installed: press Train to fine-tune the student.</source>
        <translation type="unfinished">O pacote de treino está instalado: clique em Treinar para ajustar o aluno.</translation>
    </message>
    <message>
        <source>Stopping: the student finishes its current step and keeps the best epoch scored so far, if there is one…</source>
        <translation type="unfinished">Interrupção em curso: o aluno termina o passo atual e mantém a melhor época avaliada até agora, se houver…</translation>
    </message>
    <message>
        <source>Training stopped; nothing was saved.</source>
        <translation type="unfinished">Treino interrompido; nada foi guardado.</translation>
    </message>
    <message>
        <source>Ready: {n} accepted samples; a fifth of each label is held out to measure the result.</source>
        <translation type="unfinished">Pronto: {n} amostras aprovadas; um quinto de cada rótulo é reservado para medir o resultado.</translation>
    </message>
    <message>
        <source>1 gold example also appears among the training samples: it is left out of training, so the score stays honest.</source>
        <translation type="unfinished">1 exemplo de referência também aparece entre as amostras de treino: fica fora do treino, para que a pontuação seja honesta.</translation>
    </message>
    <message>
        <source>{n} gold examples also appear among the training samples: they are left out of training, so the score stays honest.</source>
        <translation type="unfinished">{n} exemplos de referência também aparecem entre as amostras de treino: ficam fora do treino, para que a pontuação seja honesta.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished">concluído</translation>
    </message>
    <message>
        <source>no figures: too few samples were held out for evaluation</source>
        <translation type="unfinished">sem valores: foram reservadas poucas amostras para a avaliação</translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished">de referência</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished">reservadas</translation>
    </message>
    <message>
        <source>accuracy {acc:.0%} · macro-F1 {f1:.2f} on {n} {on} samples</source>
        <translation type="unfinished">exatidão {acc:.0%} · macro-F1 {f1:.2f} em {n} amostras {on}</translation>
    </message>
    <message>
        <source>Trained {model}: {figures}.</source>
        <translation type="unfinished">{model} treinado: {figures}.</translation>
    </message>
    <message>
        <source>stopped early at epoch {n}</source>
        <translation type="unfinished">parado cedo na época {n}</translation>
    </message>
    <message>
        <source>cancelled, kept epoch {n}</source>
        <translation type="unfinished">cancelado, mantida a época {n}</translation>
    </message>
    <message>
        <source>stopped after {n} steps</source>
        <translation type="unfinished">parado após {n} passos</translation>
    </message>
    <message>
        <source>Stopped: kept the best model so far (epoch {epoch}, dev macro-F1 {f1:.2f}).</source>
        <translation type="unfinished">Interrompido: foi mantido o melhor modelo até agora (época {epoch}, macro-F1 de validação {f1:.2f}).</translation>
    </message>
    <message>
        <source>Stopped early at epoch {n}: the dev score had not improved for {patience} epochs; kept epoch {best}.</source>
        <translation type="unfinished">Parado cedo na época {n}: a pontuação de validação não melhorava havia {patience} épocas; foi mantida a época {best}.</translation>
    </message>
</context>
<context>
    <name>TrainingPackBox</name>
    <message>
        <source>Training pack</source>
        <translation type="unfinished">Pacote de treino</translation>
    </message>
    <message>
        <source>Install the training pack</source>
        <translation type="unfinished">Instalar o pacote de treino</translation>
    </message>
    <message>
        <source>Install from a folder of wheels…</source>
        <translation type="unfinished">Instalar a partir de uma pasta de wheels…</translation>
    </message>
    <message>
        <source>Without internet: choose the wheels folder of Shule&apos;s offline bundle.</source>
        <translation type="unfinished">Sem internet: escolha a pasta de wheels do pacote offline do Shule.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack: PyTorch and transformers, which Shule uses only to fine-tune pretrained students (the quick student needs no pack).</source>
        <translation type="unfinished">Ajustar um aluno pré-treinado requer o pacote de treino do Shule: PyTorch e transformers, que o Shule usa apenas para ajustar alunos pré-treinados (o aluno rápido não precisa do pacote).</translation>
    </message>
    <message>
        <source>This computer has an NVIDIA GPU, so Shule installs the pack with GPU support: about 4 GB to download (without GPU support it would be about 1 GB).</source>
        <translation type="unfinished">Este computador tem uma GPU NVIDIA, por isso o Shule instala o pacote com suporte de GPU: cerca de 4 GB para transferir (sem suporte de GPU seria cerca de 1 GB).</translation>
    </message>
    <message>
        <source>This computer has no NVIDIA GPU, so Shule installs the pack without GPU support: about 1 GB to download (with NVIDIA GPU support it would be about 4 GB).</source>
        <translation type="unfinished">Este computador não tem GPU NVIDIA, por isso o Shule instala o pacote sem suporte de GPU: cerca de 1 GB para transferir (com suporte de GPU NVIDIA seria cerca de 4 GB).</translation>
    </message>
    <message>
        <source>It is about 1 GB to download, or about 4 GB with NVIDIA GPU support; Shule picks the one that fits this computer.</source>
        <translation type="unfinished">São cerca de 1 GB para transferir, ou cerca de 4 GB com suporte de GPU NVIDIA; o Shule escolhe o que serve a este computador.</translation>
    </message>
    <message>
        <source>Installing it needs about {size} of free disk space.</source>
        <translation type="unfinished">A instalação precisa de cerca de {size} de espaço livre em disco.</translation>
    </message>
    <message>
        <source>The pack installed earlier does not load: install it again.</source>
        <translation type="unfinished">O pacote instalado anteriormente não carrega: instale-o de novo.</translation>
    </message>
    <message>
        <source>Choose the folder of wheels (the offline bundle&apos;s wheels folder)</source>
        <translation type="unfinished">Escolha a pasta de wheels (a pasta wheels do pacote offline)</translation>
    </message>
    <message>
        <source>Stopping the installation…</source>
        <translation type="unfinished">Interrupção da instalação em curso…</translation>
    </message>
    <message>
        <source>The installation stopped; nothing was installed.</source>
        <translation type="unfinished">A instalação foi interrompida; nada foi instalado.</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>More settings</source>
        <translation type="unfinished">Mais configurações</translation>
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
        <translation type="unfinished">Passagens pelas amostras de treino. Automático: 10 para uma base pré-treinada (a interrupção antecipada termina a maioria dos treinos mais cedo), 15 para o aluno rápido.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished">Taxa de aprendizagem</translation>
    </message>
    <message>
        <source>Automatic: chosen from the size of the model.</source>
        <translation type="unfinished">Automática: escolhida a partir do tamanho do modelo.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished">Tamanho do lote</translation>
    </message>
    <message>
        <source>Samples per step. Automatic: grows with the data, from 4 for a few samples to 64 for many.</source>
        <translation type="unfinished">Amostras por passo. Automático: cresce com os dados, de 4 para poucas amostras até 64 para muitas.</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation type="unfinished">Paciência da interrupção antecipada</translation>
    </message>
    <message>
        <source>Training stops when the score on the held-out samples has not improved for this many epochs.</source>
        <translation type="unfinished">O treino para quando a pontuação nas amostras reservadas não melhora durante este número de épocas.</translation>
    </message>
    <message>
        <source>Stop after epochs without progress</source>
        <translation type="unfinished">Parar após épocas sem progresso</translation>
    </message>
</context>
<context>
    <name>TryItBox</name>
    <message>
        <source>No exported model loaded yet.</source>
        <extracomment>A bundle was loaded (its folder): the page and window may show it.</extracomment>
        <translation type="unfinished">Ainda não foi carregado nenhum modelo exportado.</translation>
    </message>
    <message>
        <source>Load exported model…</source>
        <translation type="unfinished">Carregar modelo exportado…</translation>
    </message>
    <message>
        <source>Full (fp32) is the exported model as trained; small (int8) is about four times smaller and faster on CPUs.</source>
        <translation type="unfinished">Completo (fp32) é o modelo exportado tal como foi treinado; pequeno (int8) é cerca de quatro vezes menor e mais rápido em CPUs.</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation type="unfinished">Texto a classificar</translation>
    </message>
    <message>
        <source>Load an exported model, then type or paste text.</source>
        <translation type="unfinished">Carregue um modelo exportado e depois escreva ou cole um texto.</translation>
    </message>
    <message>
        <source>Choose an exported model folder</source>
        <translation type="unfinished">Escolha a pasta de um modelo exportado</translation>
    </message>
    <message>
        <source>Type or paste text in {language}.</source>
        <translation type="unfinished">Escreva ou cole um texto em {language}.</translation>
    </message>
    <message>
        <source>Type or paste text.</source>
        <translation type="unfinished">Escreva ou cole um texto.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation type="unfinished">Completo (fp32)</translation>
    </message>
    <message>
        <source>Small (int8)</source>
        <translation type="unfinished">Pequeno (int8)</translation>
    </message>
    <message>
        <source>Trying {folder} — {variant}</source>
        <translation type="unfinished">Em teste: {folder} — {variant}</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>Try it</source>
        <translation type="unfinished">Experimentar</translation>
    </message>
    <message>
        <source>Type or paste text and see which label an exported model gives it, and how sure it is. Any exported model folder loads, also one made on another computer.</source>
        <translation type="unfinished">Escreva ou cole um texto e veja que rótulo lhe dá um modelo exportado, e com que certeza. Qualquer pasta de modelo exportado pode ser carregada, mesmo uma criada em outro computador.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The {kind} process stopped unexpectedly (exit code {code}).</source>
        <translation type="unfinished">O processo {kind} parou inesperadamente (código de saída {code}).</translation>
    </message>
    <message>
        <source>The {kind} step failed: {message}</source>
        <translation type="unfinished">O passo {kind} falhou: {message}</translation>
    </message>
    <message>
        <source>Its last words: {tail}</source>
        <translation type="unfinished">As últimas mensagens: {tail}</translation>
    </message>
    <message>
        <source>Shule could not back up {name} in {folder} before upgrading it to this version ({error}), so the project was left as it was.</source>
        <translation type="unfinished">O Shule não conseguiu fazer uma cópia de segurança de {name} em {folder} antes de o atualizar para esta versão ({error}), por isso o projeto ficou como estava.</translation>
    </message>
    <message>
        <source>{name} is in a folder Shule cannot write to ({folder}): copy the project to a folder you can write to and open it from there.</source>
        <translation type="unfinished">{name} está numa pasta onde o Shule não pode escrever ({folder}): copie o projeto para uma pasta onde possa escrever e abra-o a partir daí.</translation>
    </message>
    <message>
        <source>{name} is read-only: allow changes to the file, or open a copy of it.</source>
        <translation type="unfinished">{name} é só de leitura: permita alterações ao arquivo, ou abra uma cópia dele.</translation>
    </message>
    <message>
        <source>The disk is full, so {name} cannot be opened: free some space, then open it again.</source>
        <translation type="unfinished">O disco está cheio, por isso não é possível abrir {name}: apague alguns arquivos para ter espaço livre e abra-o de novo.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to back up {name} before upgrading it to this version of Shule (the copy needs about {mb:.1f} MB), so the project was left as it was: free some space, then open it again.</source>
        <translation type="unfinished">Não há espaço livre em disco suficiente para fazer uma cópia de segurança de {name} antes de o atualizar para esta versão do Shule (a cópia precisa de cerca de {mb:.1f} MB), por isso o projeto ficou como estava: apague alguns arquivos para ter espaço livre e abra-o de novo.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}): it may be damaged, or in use by another program.</source>
        <translation type="unfinished">Não foi possível abrir {name} ({error}): pode estar danificado, ou em uso por outro programa.</translation>
    </message>
    <message>
        <source>Upgrading {name} to this version of Shule failed ({error}), so the project is unchanged; a backup copy of it is at {backup}.</source>
        <translation type="unfinished">A atualização de {name} para esta versão do Shule falhou ({error}), por isso o projeto não foi alterado; há uma cópia de segurança em {backup}.</translation>
    </message>
    <message>
        <source>it lacks the {table} table</source>
        <translation type="unfinished">falta-lhe a tabela {table}</translation>
    </message>
    <message>
        <source>A classifier needs at least 2 labels: add another label.</source>
        <translation type="unfinished">Um classificador precisa de pelo menos 2 rótulos: adicione outro rótulo.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change to {name} was not saved; the project is as it was before it. Free some space, then try again.</source>
        <translation type="unfinished">O disco está cheio, por isso a última alteração a {name} não foi guardada; o projeto está como estava antes dela. Apague alguns arquivos para ter espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>This project has no model called {model}.</source>
        <translation type="unfinished">Este projeto não tem nenhum modelo chamado {model}.</translation>
    </message>
    <message>
        <source>it lacks the {tables} tables</source>
        <translation type="unfinished">faltam-lhe as tabelas {tables}</translation>
    </message>
    <message>
        <source>its language is missing or unreadable</source>
        <translation type="unfinished">a língua falta ou não pode ser lida</translation>
    </message>
    <message>
        <source>A label has no name: give every label a short name.</source>
        <translation type="unfinished">Um rótulo não tem nome: dê um nome curto a cada rótulo.</translation>
    </message>
    <message>
        <source>Label “{label}” needs a one-line description of what belongs in it.</source>
        <translation type="unfinished">O rótulo “{label}” precisa de uma descrição de uma linha sobre o que lhe pertence.</translation>
    </message>
    <message>
        <source>The label “{label}” appears twice: label names must be different.</source>
        <translation type="unfinished">O rótulo “{label}” aparece duas vezes: os nomes dos rótulos têm de ser diferentes.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another name or open it instead.</source>
        <translation type="unfinished">{path} já existe: escolha outro nome ou abra-o.</translation>
    </message>
    <message>
        <source>There is no project file at {path}.</source>
        <translation type="unfinished">Não há nenhum arquivo de projeto em {path}.</translation>
    </message>
    <message>
        <source>{name} is not a Shule project file.</source>
        <translation type="unfinished">{name} não é um arquivo de projeto do Shule.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Shule: update Shule to open it.</source>
        <translation type="unfinished">{name} foi criado por uma versão mais recente do Shule: atualize o Shule para o abrir.</translation>
    </message>
    <message>
        <source>{name} is damaged: {damage}. Open a backup copy of it instead, if you have one.</source>
        <translation type="unfinished">{name} está danificado: {damage}. Abra antes uma cópia de segurança, se tiver uma.</translation>
    </message>
    <message>
        <source>There is no sample with id {id}.</source>
        <translation type="unfinished">Não há nenhuma amostra com o id {id}.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts left to rank: import some of your own texts first.</source>
        <translation type="unfinished">Não há mais textos sem rótulo para ordenar: importe primeiro alguns dos seus próprios textos.</translation>
    </message>
    <message>
        <source>There are no unlabelled texts to annotate: import some first.</source>
        <translation type="unfinished">Não há textos sem rótulo para rotular: importe primeiro alguns.</translation>
    </message>
    <message>
        <source>{done} of {total} texts</source>
        <translation type="unfinished">{done} de {total} textos</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is damaged ({why}): reinstall Shule, or fix or remove the file that {variable} names.</source>
        <translation type="unfinished">A lista de modelos professor {path} está danificada ({why}): reinstale o Shule, ou corrija ou remova o arquivo indicado por {variable}.</translation>
    </message>
    <message>
        <source>context is missing or not a positive whole number</source>
        <translation type="unfinished">context falta ou não é um número inteiro positivo</translation>
    </message>
    <message>
        <source>size_bytes is neither null nor a positive whole number</source>
        <translation type="unfinished">size_bytes não é null nem um número inteiro positivo</translation>
    </message>
    <message>
        <source>commercial_use is not true or false</source>
        <translation type="unfinished">commercial_use não é true nem false</translation>
    </message>
    <message>
        <source>languages is not a list of language codes</source>
        <translation type="unfinished">languages não é uma lista de códigos de língua</translation>
    </message>
    <message>
        <source>its id or revision is empty</source>
        <translation type="unfinished">o id ou a revisão está vazio</translation>
    </message>
    <message>
        <source>repo {repo} is not shaped like owner/name</source>
        <translation type="unfinished">o repo {repo} não tem a forma dono/nome</translation>
    </message>
    <message>
        <source>file {file} is not a .gguf file inside the repo</source>
        <translation type="unfinished">o arquivo {file} não é um arquivo .gguf dentro do repo</translation>
    </message>
    <message>
        <source>sha256 is neither null nor 64 hexadecimal digits</source>
        <translation type="unfinished">sha256 não é null nem 64 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>There is no teacher model called {name} in Shule&apos;s list: choose one of {known}.</source>
        <translation type="unfinished">Não há nenhum modelo professor chamado {name} na lista do Shule: escolha um de {known}.</translation>
    </message>
    <message>
        <source>It needs {need:g} GB of memory, and this computer has {has}: choose a smaller model.</source>
        <translation type="unfinished">Precisa de {need:g} GB de memória, e este computador tem {has}: escolha um modelo menor.</translation>
    </message>
    <message>
        <source>{key} is missing or not text</source>
        <translation type="unfinished">{key} falta ou não é texto</translation>
    </message>
    <message>
        <source>{key} is missing or not a positive number</source>
        <translation type="unfinished">{key} falta ou não é um número positivo</translation>
    </message>
    <message>
        <source>entry {n} is not an object</source>
        <translation type="unfinished">a entrada {n} não é um objeto</translation>
    </message>
    <message>
        <source>entry {n}: {problem}</source>
        <translation type="unfinished">entrada {n}: {problem}</translation>
    </message>
    <message>
        <source>it has no list of teachers</source>
        <translation type="unfinished">não tem lista de professores</translation>
    </message>
    <message>
        <source>The list of teacher models {path} was written for a newer Shule: update Shule.</source>
        <translation type="unfinished">A lista de modelos professor {path} foi escrita para um Shule mais recente: atualize o Shule.</translation>
    </message>
    <message>
        <source>two entries share an id</source>
        <translation type="unfinished">duas entradas têm o mesmo id</translation>
    </message>
    <message>
        <source>It fits in the memory of the GPU ({gpu}: it needs {need:g} GB, the GPU has {has}), so it runs fast.</source>
        <translation type="unfinished">Cabe na memória da GPU ({gpu}: precisa de {need:g} GB, a GPU tem {has}), por isso é rápido.</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no NVIDIA GPU was found (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">Vai funcionar na CPU, devagar, porque não foi encontrada nenhuma GPU NVIDIA (precisa de {need:g} GB de memória, e este computador tem {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and the disk has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">A transferência precisa de {need} de espaço livre em disco, e o disco tem {free}: apague alguns arquivos para ter espaço livre, ou escolha um modelo menor.</translation>
    </message>
    <message>
        <source>The list of teacher models {path} is missing: reinstall Shule, or point {variable} at an existing file.</source>
        <translation type="unfinished">A lista de modelos professor {path} não existe: reinstale o Shule, ou aponte {variable} para um arquivo que exista.</translation>
    </message>
    <message>
        <source>it is not readable JSON</source>
        <translation type="unfinished">não é JSON legível</translation>
    </message>
    <message>
        <source>It will run on the CPU, slowly, because no GPU has the {vram:g} GB it needs (it needs {need:g} GB of memory, and this computer has {has}).</source>
        <translation type="unfinished">Vai funcionar na CPU, devagar, porque nenhuma GPU tem os {vram:g} GB de que precisa (precisa de {need:g} GB de memória, e este computador tem {has}).</translation>
    </message>
    <message>
        <source>Downloading it needs {need} of free disk space, and {where} has {free}: free some space, or choose a smaller model.</source>
        <translation type="unfinished">A transferência precisa de {need} de espaço livre em disco, e {where} tem {free}: apague alguns arquivos para ter espaço livre, ou escolha um modelo menor.</translation>
    </message>
    <message>
        <source>a good fit</source>
        <translation type="unfinished">boa escolha</translation>
    </message>
    <message>
        <source>usable, though a better-matched base may do better</source>
        <translation type="unfinished">utilizável, embora uma base mais adequada possa dar melhor resultado</translation>
    </message>
    <message>
        <source>not recommended</source>
        <translation type="unfinished">não recomendado</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown, and strips accents or other marks from {dropped} of words: {advice}.</source>
        <translation type="unfinished">{base} divide as palavras em {language} em {fertility:.1f} pedaços em média, marca {unknown} como desconhecidas e retira acentos ou outros sinais de {dropped} das palavras: {advice}.</translation>
    </message>
    <message>
        <source>{base} splits {language} words into {fertility:.1f} pieces on average and marks {unknown} unknown: {advice}.</source>
        <translation type="unfinished">{base} divide as palavras em {language} em {fertility:.1f} pedaços em média e marca {unknown} como desconhecidas: {advice}.</translation>
    </message>
    <message>
        <source>No base model covers {language} well: use the quick student (character n-grams), which works for any script.</source>
        <translation type="unfinished">Nenhum modelo base cobre bem a língua {language}: use o aluno rápido (n-gramas de caracteres), que funciona com qualquer sistema de escrita.</translation>
    </message>
    <message>
        <source>{base} covers {language} best ({fertility:.1f} pieces per word, {unknown} unknown): use it as the student base.</source>
        <translation type="unfinished">{base} é o que melhor cobre a língua {language} ({fertility:.1f} pedaços por palavra, {unknown} desconhecidas): use-o como base do aluno.</translation>
    </message>
    <message>
        <source>There are no {language} texts yet: add some before checking a base model.</source>
        <translation type="unfinished">Ainda não há textos em {language}: adicione alguns antes de verificar um modelo base.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer.json (or vocab.txt), so its coverage cannot be checked; pick the model&apos;s folder, or save its tokenizer in the fast format first.</source>
        <translation type="unfinished">{folder} não tem tokenizer.json (nem vocab.txt), por isso não é possível verificar a cobertura; escolha a pasta do modelo, ou guarde primeiro o tokenizador no formato rápido.</translation>
    </message>
    <message>
        <source>{file} is not a tokenizer file that can be read ({detail}).</source>
        <translation type="unfinished">{file} não é um arquivo de tokenizador legível ({detail}).</translation>
    </message>
    <message>
        <source>Export data as one of: {formats}.</source>
        <translation type="unfinished">Exporte os dados num destes formatos: {formats}.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: accept some samples first.</source>
        <translation type="unfinished">Ainda não há nada para exportar: aprove primeiro algumas amostras.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name to export to.</source>
        <translation type="unfinished">{path} é uma pasta: escolha um nome de arquivo para onde exportar.</translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder name to export the data set to.</source>
        <translation type="unfinished">{path} é um arquivo: escolha um nome de pasta para onde exportar o conjunto de dados.</translation>
    </message>
    <message>
        <source>Shule cannot tell the format from “{name}”: end the name in .csv, .jsonl, .xlsx or .parquet, or give no suffix for a Hugging Face folder.</source>
        <translation type="unfinished">O Shule não consegue saber o formato a partir de “{name}”: termine o nome em .csv, .jsonl, .xlsx ou .parquet, ou não use extensão para uma pasta do Hugging Face.</translation>
    </message>
    <message>
        <source>Sample {id} is too long for an Excel cell or holds control characters Excel cannot store: export to CSV, JSONL or Parquet.</source>
        <translation type="unfinished">A amostra {id} é demasiado longa para uma célula do Excel ou contém caracteres invisíveis que o Excel não consegue guardar: exporte para CSV, JSONL ou Parquet.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; what was there before is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">O disco está cheio, por isso não foi possível gravar {path}; o que lá estava antes não foi alterado. Apague alguns arquivos para ter espaço livre e exporte de novo.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">O disco está cheio, por isso não foi possível gravar {path}; nada ficou lá. Apague alguns arquivos para ter espaço livre e exporte de novo.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation type="unfinished">Não foi possível gravar {path}: {error}.</translation>
    </message>
    <message>
        <source>Checking the part downloaded before</source>
        <translation type="unfinished">Verificação da parte transferida antes</translation>
    </message>
    <message>
        <source>Downloading {file} needs {short} more free space on {where}; it has {free} free and the rest of the file takes {remaining}: free some space, or set SHULE_MODELS_DIR to a folder on a bigger disk, then try again.</source>
        <translation type="unfinished">A transferência de {file} precisa de mais {short} de espaço livre em {where}; tem {free} livres e o resto do arquivo ocupa {remaining}: apague alguns arquivos para ter espaço livre, ou defina SHULE_MODELS_DIR como uma pasta num disco maior, e tente de novo.</translation>
    </message>
    <message>
        <source>The downloaded file {file} is damaged ({why}): it was removed; download it again.</source>
        <translation type="unfinished">O arquivo transferido {file} está danificado ({why}): foi removido; transfira-o de novo.</translation>
    </message>
    <message>
        <source>Shule could not reach {host}: check the internet connection; behind a proxy, set HTTPS_PROXY.</source>
        <translation type="unfinished">O Shule não conseguiu chegar a {host}: verifique a conexão à internet; por trás de um proxy, defina HTTPS_PROXY.</translation>
    </message>
    <message>
        <source>The proxy server (HTTPS_PROXY or HTTP_PROXY) did not pass on the download of {file} from {host}: check the proxy setting, or ask whoever runs the network.</source>
        <translation type="unfinished">O servidor proxy (HTTPS_PROXY ou HTTP_PROXY) não deixou passar a transferência de {file} a partir de {host}: verifique a configuração do proxy, ou pergunte a quem administra a rede.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN): accept the licence on {page} while signed in, create a read token in your Hugging Face settings, set HF_TOKEN to it, then try again.</source>
        <translation type="unfinished">{file} exige que aceite a licença em huggingface.co e um token (HF_TOKEN): aceite a licença em {page} com a sessão iniciada, crie um token de leitura nas configurações da sua conta do Hugging Face, defina HF_TOKEN com esse valor e tente de novo.</translation>
    </message>
    <message>
        <source>The connection to {host} kept breaking while downloading {file}: check the internet connection, then download it again; it will continue where it stopped.</source>
        <translation type="unfinished">A conexão a {host} falhou repetidamente durante a transferência de {file}: verifique a conexão à internet e transfira-o de novo; a transferência continua onde parou.</translation>
    </message>
    <message>
        <source>Checking {file}, downloaded before</source>
        <translation type="unfinished">Verificação de {file}, transferido antes</translation>
    </message>
    <message>
        <source>Downloads are switched off ({name} is set): unset {name} to download {file}, or choose a model file already on this computer.</source>
        <translation type="unfinished">As transferências estão desativadas ({name} está definida): remova {name} para transferir {file}, ou escolha um arquivo de modelo que já esteja neste computador.</translation>
    </message>
    <message>
        <source>{host} sent Shule round in circles when asked for {file}: try again later.</source>
        <translation type="unfinished">{host} fez o Shule andar em círculos ao pedir {file}: tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>{host} has no file {file} at the address Shule knows (HTTP {status}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">{host} não tem o arquivo {file} no endereço que o Shule conhece (HTTP {status}): a lista de modelos pode estar desatualizada; atualize o Shule, ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} when asked for {file}: try again later.</source>
        <translation type="unfinished">{host} respondeu HTTP {status} ao pedido de {file}: tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>{host} offers {file} with a different size from the publisher&apos;s ({offered:,} bytes, not {size:,}): the list of models may be out of date; update Shule, or choose another model.</source>
        <translation type="unfinished">{host} oferece {file} com um tamanho diferente do indicado pelo editor ({offered:,} bytes, não {size:,}): a lista de modelos pode estar desatualizada; atualize o Shule, ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>{size:,.0f} MB</source>
        <translation type="unfinished">{size:,.0f} MB</translation>
    </message>
    <message>
        <source>it has {done:,} bytes, not the publisher&apos;s {size:,}</source>
        <translation type="unfinished">tem {done:,} bytes, não os {size:,} indicados pelo editor</translation>
    </message>
    <message>
        <source>its checksum does not match the publisher&apos;s</source>
        <translation type="unfinished">a soma de verificação não corresponde à do editor</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {file} to {folder}: the part downloaded so far is kept; free some space, then download it again to continue.</source>
        <translation type="unfinished">O disco encheu durante a transferência de {file} para {folder}: a parte transferida até agora foi mantida; apague alguns arquivos para ter espaço livre e transfira-o de novo para continuar.</translation>
    </message>
    <message>
        <source>Shule may not write to {folder}: set SHULE_MODELS_DIR to a folder you can write to, then try again.</source>
        <translation type="unfinished">O Shule não tem permissão para escrever em {folder}: defina SHULE_MODELS_DIR como uma pasta onde possa escrever e tente de novo.</translation>
    </message>
    <message>
        <source>{file} needs you to accept its licence on huggingface.co and a token (HF_TOKEN) that may read it, and the token given was refused: accept the licence on {page} while signed in, check the token, then try again.</source>
        <translation type="unfinished">{file} exige que aceite a licença em huggingface.co e um token (HF_TOKEN) com permissão de leitura, e o token dado foi recusado: aceite a licença em {page} com a sessão iniciada, verifique o token e tente de novo.</translation>
    </message>
    <message>
        <source>{host} could not send {file} just now (HTTP {status}): try again later; the download will continue where it stopped.</source>
        <translation type="unfinished">{host} não conseguiu enviar {file} agora (HTTP {status}): tente de novo mais tarde; a transferência continua onde parou.</translation>
    </message>
    <message>
        <source>it is longer than the publisher&apos;s {size:,} bytes</source>
        <translation type="unfinished">é maior do que os {size:,} bytes indicados pelo editor</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">concluído</translation>
    </message>
    <message>
        <source>loading the model</source>
        <translation type="unfinished">carregamento do modelo</translation>
    </message>
    <message>
        <source>timing one text at a time</source>
        <translation type="unfinished">medição do tempo, um texto de cada vez</translation>
    </message>
    <message>
        <source>The files of model {model_id} are missing: train the student again.</source>
        <translation type="unfinished">Os arquivos do modelo {model_id} não existem: treine o aluno de novo.</translation>
    </message>
    <message>
        <source>There is nothing to score on: add gold samples, or train with a dev share.</source>
        <translation type="unfinished">Não há nada com que avaliar: adicione amostras de referência, ou treine com uma parte de validação.</translation>
    </message>
    <message>
        <source>scoring {n} gold samples</source>
        <translation type="unfinished">avaliação de {n} amostras de referência</translation>
    </message>
    <message>
        <source>scoring {n} held-out samples</source>
        <translation type="unfinished">avaliação de {n} amostras reservadas</translation>
    </message>
    <message>
        <source>The macro-F1 the int8 model may lose must be zero or more points.</source>
        <translation type="unfinished">O macro-F1 que o modelo int8 pode perder tem de ser zero ou mais pontos.</translation>
    </message>
    <message>
        <source>{folder} is not an exported Shule model: export the model first.</source>
        <translation type="unfinished">{folder} não é um modelo exportado pelo Shule: exporte primeiro o modelo.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose a folder for the exported model.</source>
        <translation type="unfinished">{folder} é um arquivo: escolha uma pasta para o modelo exportado.</translation>
    </message>
    <message>
        <source>{folder} already holds other files: choose an empty folder or a new name for the export.</source>
        <translation type="unfinished">{folder} já contém outros arquivos: escolha uma pasta vazia ou um nome novo para a exportação.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; the zip already there is unchanged. Free some space, then try again.</source>
        <translation type="unfinished">O disco está cheio, por isso não foi possível gravar {file}; o zip que já lá estava não foi alterado. Apague alguns arquivos para ter espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; nothing was left there. Free some space, then try again.</source>
        <translation type="unfinished">O disco está cheio, por isso não foi possível gravar {file}; nada ficou lá. Apague alguns arquivos para ter espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>Could not write {file}: {detail}.</source>
        <translation type="unfinished">Não foi possível gravar {file}: {detail}.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; the bundle already there is unchanged. Free some space, then export again.</source>
        <translation type="unfinished">O disco está cheio, por isso não foi possível exportar o modelo para {folder}; o pacote que já lá estava não foi alterado. Apague alguns arquivos para ter espaço livre e exporte de novo.</translation>
    </message>
    <message>
        <source>The disk is full, so the model could not be exported to {folder}; nothing was left there. Free some space, then export again.</source>
        <translation type="unfinished">O disco está cheio, por isso não foi possível exportar o modelo para {folder}; nada ficou lá. Apague alguns arquivos para ter espaço livre e exporte de novo.</translation>
    </message>
    <message>
        <source>converting the model to ONNX</source>
        <translation type="unfinished">conversão do modelo para ONNX</translation>
    </message>
    <message>
        <source>checking the export on {n} texts</source>
        <translation type="unfinished">verificação da exportação em {n} textos</translation>
    </message>
    <message>
        <source>writing the model card</source>
        <translation type="unfinished">escrita da ficha do modelo</translation>
    </message>
    <message>
        <source>making the small int8 model</source>
        <translation type="unfinished">criação do modelo pequeno int8</translation>
    </message>
    <message>
        <source>checking the {variant} model on {n} texts</source>
        <translation type="unfinished">verificação do modelo {variant} em {n} textos</translation>
    </message>
    <message>
        <source>timing the {variant} model on this computer</source>
        <translation type="unfinished">medição do tempo do modelo {variant} neste computador</translation>
    </message>
    <message>
        <source>Sample {id} is a gold sample: the test set is never shown to the teacher.</source>
        <translation type="unfinished">A amostra {id} é uma amostra de referência: o conjunto de teste nunca é mostrado ao professor.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; no samples had been made yet, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">O disco está cheio, por isso a geração parou; ainda não tinha sido feita nenhuma amostra e nada ficou escrito pela metade. Apague alguns arquivos para ter espaço livre e retome a tarefa {job} para fazer o resto.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} sample it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">O disco está cheio, por isso a geração parou; a {n} amostra feita até agora ({made}) está guardada e nada ficou escrito pela metade. Apague alguns arquivos para ter espaço livre e retome a tarefa {job} para fazer o resto.</translation>
    </message>
    <message>
        <source>The disk is full, so generation stopped; the {n} samples it made so far ({made}) are saved, and nothing was half-written. Free some space, then resume job {job} to make the rest.</source>
        <translation type="unfinished">O disco está cheio, por isso a geração parou; as {n} amostras feitas até agora ({made}) estão guardadas e nada ficou escrito pela metade. Apague alguns arquivos para ter espaço livre e retome a tarefa {job} para fazer o resto.</translation>
    </message>
    <message>
        <source>The disk is full, so generation could not start; nothing was changed. Free some space, then try again.</source>
        <translation type="unfinished">O disco está cheio, por isso a geração não pôde começar; nada foi alterado. Apague alguns arquivos para ter espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>Loading the teacher</source>
        <translation type="unfinished">Carregamento do professor</translation>
    </message>
    <message>
        <source>Choose a teacher before generating samples.</source>
        <translation type="unfinished">Escolha um professor antes de gerar amostras.</translation>
    </message>
    <message>
        <source>{done} of {total} samples ({per_label}) · about {seconds:.0f} s left</source>
        <translation type="unfinished">{done} de {total} amostras ({per_label}) · faltam cerca de {seconds:.0f} s</translation>
    </message>
    <message>
        <source>0 of {total} samples · waiting for the teacher</source>
        <translation type="unfinished">0 de {total} amostras · à espera do professor</translation>
    </message>
    <message>
        <source>The teacher failed {n} times in a row, so generation stopped; the samples made so far are kept. Last error: {error}</source>
        <translation type="unfinished">O professor falhou {n} vezes seguidas, por isso a geração parou; as amostras feitas até agora são mantidas. Último erro: {error}</translation>
    </message>
    <message>
        <source>A gold sample needs a text: type the text the student should label.</source>
        <translation type="unfinished">Uma amostra de referência precisa de um texto: escreva o texto que o aluno deve rotular.</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels: choose one of {labels}.</source>
        <translation type="unfinished">“{label}” não é um dos rótulos deste projeto: escolha um de {labels}.</translation>
    </message>
    <message>
        <source>{size:,.0f} GB</source>
        <translation type="unfinished">{size:,.0f} GB</translation>
    </message>
    <message>
        <source>CPU: {cores}, without AVX2 (models run more slowly)</source>
        <translation type="unfinished">CPU: {cores}, sem AVX2 (os modelos funcionam mais devagar)</translation>
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
        <translation type="unfinished">CPU: {cores}, com AVX-512</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 (no AVX-512)</source>
        <translation type="unfinished">CPU: {cores}, com AVX2 (sem AVX-512)</translation>
    </message>
    <message>
        <source>CPU: {cores}, ARM with NEON</source>
        <translation type="unfinished">CPU: {cores}, ARM com NEON</translation>
    </message>
    <message>
        <source>GPU: {name}, {memory}</source>
        <translation type="unfinished">GPU: {name}, {memory}</translation>
    </message>
    <message>
        <source>Memory: {size}</source>
        <translation type="unfinished">Memória: {size}</translation>
    </message>
    <message>
        <source>Memory: unknown</source>
        <translation type="unfinished">Memória: desconhecida</translation>
    </message>
    <message>
        <source>Free disk: {size} in {path}</source>
        <translation type="unfinished">Disco livre: {size} em {path}</translation>
    </message>
    <message>
        <source>CPU: {cores}, with AVX2 and AVX-512</source>
        <translation type="unfinished">CPU: {cores}, com AVX2 e AVX-512</translation>
    </message>
    <message>
        <source>GPU: none found (NVIDIA GPUs are detected with nvidia-smi)</source>
        <translation type="unfinished">GPU: nenhuma encontrada (as GPUs NVIDIA são encontradas com nvidia-smi)</translation>
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
        <translation type="unfinished">A pasta de modelo {spec} não existe, e também não é um id de modelo do Hugging Face (como FacebookAI/xlm-roberta-base).</translation>
    </message>
    <message>
        <source>{model} is already on this computer</source>
        <translation type="unfinished">{model} já está neste computador</translation>
    </message>
    <message>
        <source>Shule cannot download {model} because Hugging Face&apos;s offline mode is on (HF_HUB_OFFLINE), and it is not on this computer yet: turn offline mode off and connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">O Shule não pode transferir {model} porque o modo offline do Hugging Face está ativo (HF_HUB_OFFLINE), e o modelo ainda não está neste computador: desative o modo offline e conecte-se à internet uma vez, ou escolha uma pasta de modelo já transferida.</translation>
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
        <translation type="unfinished">falta menos de um minuto</translation>
    </message>
    <message>
        <source>Looking up {model} on the Hugging Face hub</source>
        <translation type="unfinished">Procura de {model} no hub do Hugging Face</translation>
    </message>
    <message>
        <source>{model} asks you to accept its licence on huggingface.co first: accept it there while signed in, give Shule your access token (HF_TOKEN), then try again, or choose another base.</source>
        <translation type="unfinished">{model} pede que aceite primeiro a licença em huggingface.co: aceite-a lá com a sessão iniciada, dê ao Shule o seu token de acesso (HF_TOKEN) e tente de novo, ou escolha outra base.</translation>
    </message>
    <message>
        <source>{model} has been disabled on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} foi desativado no hub do Hugging Face: escolha outra base.</translation>
    </message>
    <message>
        <source>Shule could not reach the Hugging Face hub to download {model}, and it is not on this computer yet: connect to the internet once, or choose a downloaded model folder.</source>
        <translation type="unfinished">O Shule não conseguiu chegar ao hub do Hugging Face para transferir {model}, e o modelo ainda não está neste computador: conecte-se à internet uma vez, ou escolha uma pasta de modelo já transferida.</translation>
    </message>
    <message>
        <source>There is no model called {model} on the Hugging Face hub, and no folder of that name on this computer: check the spelling (such as FacebookAI/xlm-roberta-base), or sign in with an access token (HF_TOKEN) if it is private.</source>
        <translation type="unfinished">Não há nenhum modelo chamado {model} no hub do Hugging Face, nem nenhuma pasta com esse nome neste computador: verifique a ortografia (como FacebookAI/xlm-roberta-base), ou inicie sessão com um token de acesso (HF_TOKEN) se for privado.</translation>
    </message>
    <message>
        <source>{model} changed on the Hugging Face hub while Shule was downloading it: try again.</source>
        <translation type="unfinished">{model} mudou no hub do Hugging Face enquanto o Shule o transferia: tente de novo.</translation>
    </message>
    <message>
        <source>Shule may not write to the Hugging Face cache ({folder}) to download {model}: set HF_HOME to a folder you can write to.</source>
        <translation type="unfinished">O Shule não tem permissão para escrever na cache do Hugging Face ({folder}) para transferir {model}: defina HF_HOME como uma pasta onde possa escrever.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {model}: free some space, or set HF_HOME to a larger disk, then try again.</source>
        <translation type="unfinished">O disco encheu durante a transferência de {model}: apague alguns arquivos para ter espaço livre, ou defina HF_HOME para um disco maior, e tente de novo.</translation>
    </message>
    <message>
        <source>The Hugging Face hub did not accept the access token on this computer while fetching {model}: renew it (HF_TOKEN), or choose a downloaded model folder.</source>
        <translation type="unfinished">O hub do Hugging Face não aceitou o token de acesso deste computador ao obter {model}: renove-o (HF_TOKEN), ou escolha uma pasta de modelo já transferida.</translation>
    </message>
    <message>
        <source>The Hugging Face hub refused access to {model}: check that your access token (HF_TOKEN) may read it, or choose another base.</source>
        <translation type="unfinished">O hub do Hugging Face recusou o acesso a {model}: verifique se o seu token de acesso (HF_TOKEN) tem permissão de leitura, ou escolha outra base.</translation>
    </message>
    <message>
        <source>The Hugging Face hub could not send {model} just now (HTTP {status}): try again later, or choose a downloaded model folder.</source>
        <translation type="unfinished">O hub do Hugging Face não conseguiu enviar {model} agora (HTTP {status}): tente de novo mais tarde, ou escolha uma pasta de modelo já transferida.</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation type="unfinished">faltam cerca de {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation type="unfinished">faltam cerca de {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>The download of {model} is incomplete: try again.</source>
        <translation type="unfinished">A transferência de {model} está incompleta: tente de novo.</translation>
    </message>
    <message>
        <source>{model} has no config.json, so it is not a model Shule can fine-tune: choose another base.</source>
        <translation type="unfinished">{model} não tem config.json, por isso não é um modelo que o Shule consiga ajustar: escolha outra base.</translation>
    </message>
    <message>
        <source>{model} has no model weights in safetensors format (model.safetensors) on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} não tem pesos no formato safetensors (model.safetensors) no hub do Hugging Face: escolha outra base.</translation>
    </message>
    <message>
        <source>{model} has no tokenizer files on the Hugging Face hub: choose another base.</source>
        <translation type="unfinished">{model} não tem arquivos de tokenizador no hub do Hugging Face: escolha outra base.</translation>
    </message>
    <message>
        <source>{model} lacks weight files its index names ({files}): choose another base.</source>
        <translation type="unfinished">Faltam a {model} arquivos de pesos indicados no seu índice ({files}): escolha outra base.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to download {model} ({needed:,.0f} MB needed, {free:,.0f} MB free in {folder}): free some space, or set HF_HOME to a larger disk.</source>
        <translation type="unfinished">Não há espaço livre em disco suficiente para transferir {model} (são precisos {needed:,.0f} MB, há {free:,.0f} MB livres em {folder}): apague alguns arquivos para ter espaço livre, ou defina HF_HOME para um disco maior.</translation>
    </message>
    <message>
        <source>The connection to the Hugging Face hub broke while downloading {model}: try again when you are online, and the download will continue where it stopped.</source>
        <translation type="unfinished">A conexão ao hub do Hugging Face falhou durante a transferência de {model}: tente de novo quando tiver internet, e a transferência continua onde parou.</translation>
    </message>
    <message>
        <source>{model} publishes its weights only in the older pickle format, which Shule does not load for safety: choose another base or convert it to safetensors.</source>
        <translation type="unfinished">{model} só publica os pesos no antigo formato pickle, que o Shule não carrega por segurança: escolha outra base ou converta-o para safetensors.</translation>
    </message>
    <message>
        <source>The weight index of {model} on the Hugging Face hub is damaged: choose another base.</source>
        <translation type="unfinished">O índice de pesos de {model} no hub do Hugging Face está danificado: escolha outra base.</translation>
    </message>
    <message>
        <source>The download of {model} arrived damaged twice ({file}): check the connection, then try again.</source>
        <translation type="unfinished">A transferência de {model} chegou danificada duas vezes ({file}): verifique a conexão e tente de novo.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">{file} não tem nenhuma coluna de rótulo chamada “{column}”; as suas colunas são: nenhuma.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">Linha {row} de {file}: {why}. Nada foi importado: corrija o arquivo e tente de novo.</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: none.</source>
        <translation type="unfinished">{file} não tem nenhuma coluna de texto chamada “{column}”; as suas colunas são: nenhuma.</translation>
    </message>
    <message>
        <source>{file} has no label column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">{file} não tem nenhuma coluna de rótulo chamada “{column}”; as suas colunas são: {columns}.</translation>
    </message>
    <message>
        <source>1 row of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">1 linha de {file} não pode ser importada: {problems}; nada será importado enquanto isso não for corrigido.</translation>
    </message>
    <message>
        <source>{n} rows of {file} cannot be imported: {problems}; nothing will be imported until they are fixed.</source>
        <translation type="unfinished">{n} linhas de {file} não podem ser importadas: {problems}; nada será importado enquanto isso não for corrigido.</translation>
    </message>
    <message>
        <source>Nothing to import: {file} has no rows with text.</source>
        <translation type="unfinished">Nada a importar: {file} não tem linhas com texto.</translation>
    </message>
    <message>
        <source>{n} texts will be imported from {file}.</source>
        <translation type="unfinished">Serão importados {n} textos de {file}.</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Serão importadas {n} amostras de {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} samples will be imported from {file}.</source>
        <translation type="unfinished">Serão importadas {n} amostras de {file}.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. 1 more row cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">Linha {row} de {file}: {why}. Também há mais 1 linha que não pode ser importada: {problems}. Nada foi importado: corrija o arquivo e tente de novo.</translation>
    </message>
    <message>
        <source>Row {row} of {file} {why}. {more} more rows cannot be imported either: {problems}. Nothing was imported: fix the file and try again.</source>
        <translation type="unfinished">Linha {row} de {file}: {why}. Também há mais {more} linhas que não podem ser importadas: {problems}. Nada foi importado: corrija o arquivo e tente de novo.</translation>
    </message>
    <message>
        <source>{problems}; and {n} more</source>
        <translation type="unfinished">{problems}; e mais {n}</translation>
    </message>
    <message>
        <source>Import as one of: {kinds}.</source>
        <translation type="unfinished">Importe como um destes: {kinds}.</translation>
    </message>
    <message>
        <source>Imported samples can be accepted or pending, not “{status}”.</source>
        <translation type="unfinished">As amostras importadas podem ser aprovadas ou pendentes, não “{status}”.</translation>
    </message>
    <message>
        <source>{file} has no text column called “{column}”; its columns are: {columns}.</source>
        <translation type="unfinished">{file} não tem nenhuma coluna de texto chamada “{column}”; as suas colunas são: {columns}.</translation>
    </message>
    <message>
        <source>{n} text will be imported from {file}.</source>
        <translation type="unfinished">Será importado {n} texto de {file}.</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Serão importados {n} exemplos de referência de {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold examples will be imported from {file}.</source>
        <translation type="unfinished">Serão importados {n} exemplos de referência de {file}.</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Será importada {n} amostra de {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} sample will be imported from {file}.</source>
        <translation type="unfinished">Será importada {n} amostra de {file}.</translation>
    </message>
    <message>
        <source>{problems}; row {row} {why}</source>
        <translation type="unfinished">{problems}; linha {row}: {why}</translation>
    </message>
    <message>
        <source>row {row} {why}</source>
        <translation type="unfinished">linha {row}: {why}</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns (is a comma or tab inside a text without quotes?)</source>
        <translation type="unfinished">tem {cells} células, mas o cabeçalho tem {columns} colunas (há uma vírgula ou uma tabulação dentro de um texto sem aspas?)</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation type="unfinished">não tem texto</translation>
    </message>
    <message>
        <source>has a text of {n:,} characters; a text to classify can have at most {most:,}: shorten or split it</source>
        <translation type="unfinished">tem um texto de {n:,} caracteres; um texto a classificar pode ter no máximo {most:,}: encurte-o ou divida-o</translation>
    </message>
    <message>
        <source>has text that is not valid Unicode</source>
        <translation type="unfinished">tem texto que não é Unicode válido</translation>
    </message>
    <message>
        <source>has no label</source>
        <translation type="unfinished">não tem rótulo</translation>
    </message>
    <message>
        <source>Could not write to {name} ({error}); nothing was imported.</source>
        <translation type="unfinished">Não foi possível escrever em {name} ({error}); nada foi importado.</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file} ({labels}).</source>
        <translation type="unfinished">Será importado {n} exemplo de referência de {file} ({labels}).</translation>
    </message>
    <message>
        <source>{n} gold example will be imported from {file}.</source>
        <translation type="unfinished">Será importado {n} exemplo de referência de {file}.</translation>
    </message>
    <message>
        <source>has the label “{label}”, which is not one of this project&apos;s labels ({labels})</source>
        <translation type="unfinished">tem o rótulo “{label}”, que não é um dos rótulos deste projeto ({labels})</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was imported from {file}. Free some space, then import it again.</source>
        <translation type="unfinished">O disco está cheio, por isso nada foi importado de {file}. Apague alguns arquivos para ter espaço livre e importe-o de novo.</translation>
    </message>
    <message>
        <source>generate</source>
        <translation type="unfinished">de geração</translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished">de treino</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation type="unfinished">de avaliação</translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">de exportação</translation>
    </message>
    <message>
        <source>score_teacher</source>
        <translation type="unfinished">de avaliação do professor</translation>
    </message>
    <message>
        <source>learning_curve</source>
        <translation type="unfinished">de curva de aprendizagem</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished">de ordenação</translation>
    </message>
    <message>
        <source>“{code}” is not a known language code.</source>
        <translation type="unfinished">“{code}” não é um código de língua conhecido.</translation>
    </message>
    <message>
        <source>Type a language name or code.</source>
        <translation type="unfinished">Escreva o nome ou o código de uma língua.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known.</source>
        <translation type="unfinished">Não se conhece nenhuma língua chamada “{name}”.</translation>
    </message>
    <message>
        <source>No language called “{name}” is known. Did you mean {language}?</source>
        <translation type="unfinished">Não se conhece nenhuma língua chamada “{name}”. Queria dizer {language}?</translation>
    </message>
    <message>
        <source>There is nothing to score the curve on: add gold samples, or more accepted samples.</source>
        <translation type="unfinished">Não há nada com que avaliar a curva: adicione amostras de referência, ou mais amostras aprovadas.</translation>
    </message>
    <message>
        <source>{percent} %: {status}</source>
        <translation type="unfinished">{percent} %: {status}</translation>
    </message>
    <message>
        <source>“{label}” is not one of this project&apos;s labels.</source>
        <translation type="unfinished">“{label}” não é um dos rótulos deste projeto.</translation>
    </message>
    <message>
        <source>A sample&apos;s text cannot be empty.</source>
        <translation type="unfinished">O texto de uma amostra não pode estar vazio.</translation>
    </message>
    <message>
        <source>The target must be at least 1 sample per label.</source>
        <translation type="unfinished">O objetivo tem de ser de pelo menos 1 amostra por rótulo.</translation>
    </message>
    <message>
        <source>This project has no trained model yet: train a student first.</source>
        <translation type="unfinished">Este projeto ainda não tem nenhum modelo treinado: treine primeiro um aluno.</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}, loss {loss:.3f}</source>
        <translation type="unfinished">época {epoch}/{epochs}, perda {loss:.3f}</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (settings.json is missing).</source>
        <translation type="unfinished">{folder} não é uma tarefa de treino do Shule (falta o settings.json).</translation>
    </message>
    <message>
        <source>The training job in {folder} has no output/metrics.json: run it again.</source>
        <translation type="unfinished">A tarefa de treino em {folder} não tem output/metrics.json: execute-a de novo.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: the run may not have saved its model.</source>
        <translation type="unfinished">{folder} não tem config.json: o treino pode não ter guardado o modelo.</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder for the training job.</source>
        <translation type="unfinished">{folder} já existe e não está vazia: escolha uma pasta nova para a tarefa de treino.</translation>
    </message>
    <message>
        <source>The quick student trains in seconds on this computer: export a training job for a pretrained base model instead.</source>
        <translation type="unfinished">O aluno rápido treina em segundos neste computador: exporte antes uma tarefa de treino para um modelo base pré-treinado.</translation>
    </message>
    <message>
        <source>Name the base model: a folder or a Hugging Face model id.</source>
        <translation type="unfinished">Indique o modelo base: uma pasta ou um id de modelo do Hugging Face.</translation>
    </message>
    <message>
        <source>{base} is neither a model folder on this computer nor a Hugging Face model id.</source>
        <translation type="unfinished">{base} não é uma pasta de modelo neste computador nem um id de modelo do Hugging Face.</translation>
    </message>
    <message>
        <source>{folder} is not a Shule training job (its settings.json is not Shule&apos;s).</source>
        <translation type="unfinished">{folder} não é uma tarefa de treino do Shule (o seu settings.json não é do Shule).</translation>
    </message>
    <message>
        <source>The training job in {folder} was written by a newer Shule: update Shule to import it.</source>
        <translation type="unfinished">A tarefa de treino em {folder} foi escrita por um Shule mais recente: atualize o Shule para a importar.</translation>
    </message>
    <message>
        <source>The training job in {folder} has not finished (output/DONE is missing): run `accelerate launch train.py` there to the end, then import it again.</source>
        <translation type="unfinished">A tarefa de treino em {folder} não terminou (falta output/DONE): execute `accelerate launch train.py` nessa pasta até ao fim e depois importe-a de novo.</translation>
    </message>
    <message>
        <source>The data in {folder} was changed after Shule exported it, so Shule cannot tell which samples the model learned from: export a new job.</source>
        <translation type="unfinished">Os dados em {folder} foram alterados depois de o Shule os exportar, por isso o Shule não consegue saber com que amostras o modelo aprendeu: exporte uma tarefa nova.</translation>
    </message>
    <message>
        <source>The training job has no model folder ({folder}): run it again.</source>
        <translation type="unfinished">A tarefa de treino não tem pasta do modelo ({folder}): execute-a de novo.</translation>
    </message>
    <message>
        <source>{folder} holds pickled weights ({files}), which can run code when loaded: Shule imports safetensors weights only (save_pretrained(safe_serialization=True)).</source>
        <translation type="unfinished">{folder} contém pesos em pickle ({files}), que podem executar código ao serem carregados: o Shule só importa pesos safetensors (save_pretrained(safe_serialization=True)).</translation>
    </message>
    <message>
        <source>{folder} has no model.safetensors: the run may not have saved its model.</source>
        <translation type="unfinished">{folder} não tem model.safetensors: o treino pode não ter guardado o modelo.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts {predicted}, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">O modelo em {folder} prevê {predicted}, não os rótulos da tarefa {labels}: execute a tarefa de novo.</translation>
    </message>
    <message>
        <source>copying the base model</source>
        <translation type="unfinished">cópia do modelo base</translation>
    </message>
    <message>
        <source>The job was trained for the labels {labels}, but this project has {project_labels}: import it into the project it was exported from.</source>
        <translation type="unfinished">A tarefa foi treinada para os rótulos {labels}, mas este projeto tem {project_labels}: importe-a para o projeto de onde foi exportada.</translation>
    </message>
    <message>
        <source>The job was exported from another project ({name}): import it into that project.</source>
        <translation type="unfinished">A tarefa foi exportada de outro projeto ({name}): importe-a para esse projeto.</translation>
    </message>
    <message>
        <source>The model in {folder} predicts no labels, not the job&apos;s labels {labels}: run the job again.</source>
        <translation type="unfinished">O modelo em {folder} não prevê nenhum rótulo, em vez dos rótulos da tarefa {labels}: execute a tarefa de novo.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}): the job folder may be damaged.</source>
        <translation type="unfinished">Não é possível ler {path} ({detail}): a pasta da tarefa pode estar danificada.</translation>
    </message>
    <message>
        <source>{path} is missing: copy the whole job folder back, data/ included.</source>
        <translation type="unfinished">{path} não existe: copie de volta a pasta completa da tarefa, incluindo data/.</translation>
    </message>
    <message>
        <source>This run of the training job is already in the project as model {model_id}.</source>
        <translation type="unfinished">Esta execução da tarefa de treino já está no projeto como modelo {model_id}.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished">Professor</translation>
    </message>
    <message>
        <source>No system keyring is available, so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">Não há nenhum chaveiro do sistema disponível, por isso a chave de API foi guardada em {path}, um arquivo que só a sua conta pode ler. Qualquer pessoa que consiga entrar na sua conta, ou ler as suas cópias de segurança, também a pode ler.</translation>
    </message>
    <message>
        <source>No system keyring is available: API keys are kept in {path}, a file only your user account can read.</source>
        <translation type="unfinished">Não há nenhum chaveiro do sistema disponível: as chaves de API ficam em {path}, um arquivo que só a sua conta pode ler.</translation>
    </message>
    <message>
        <source>The system keyring refused the key ({kind}), so the API key was saved in {path}, a file only your user account can read. Anyone who can log in as you, or read your backups, can read it too.</source>
        <translation type="unfinished">O chaveiro do sistema recusou a chave ({kind}), por isso a chave de API foi guardada em {path}, um arquivo que só a sua conta pode ler. Qualquer pessoa que consiga entrar na sua conta, ou ler as suas cópias de segurança, também a pode ler.</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring ({keyring}).</source>
        <translation type="unfinished">As chaves de API ficam no chaveiro do sistema ({keyring}).</translation>
    </message>
    <message>
        <source>Other users on this computer can read {path}, so Shule will not use the API keys in it. Make it private (chmod 600 {path}) or delete it and enter the keys again.</source>
        <translation type="unfinished">Outras pessoas com conta neste computador podem ler {path}, por isso o Shule não vai usar as chaves de API que lá estão. Torne-o privado (chmod 600 {path}) ou apague-o e insira as chaves de novo.</translation>
    </message>
    <message>
        <source>The API key file {path} is damaged; delete it and enter the keys again.</source>
        <translation type="unfinished">O arquivo de chaves de API {path} está danificado; apague-o e insira as chaves de novo.</translation>
    </message>
    <message>
        <source>Few-shot generation needs real examples: import or accept some samples first.</source>
        <translation type="unfinished">A geração few-shot precisa de exemplos reais: importe ou aprove primeiro algumas amostras.</translation>
    </message>
    <message>
        <source>Diverse generation needs topics and styles: have the teacher propose them first (shule attributes PROJECT --propose), or add your own.</source>
        <translation type="unfinished">A geração diversa precisa de temas e estilos: peça primeiro ao professor que os proponha (shule attributes PROJECT --propose), ou adicione os seus.</translation>
    </message>
    <message>
        <source>The teacher&apos;s list of topics and styles could not be read; try again or type your own.</source>
        <translation type="unfinished">Não foi possível ler a lista de temas e estilos do professor; tente de novo ou escreva os seus.</translation>
    </message>
    <message>
        <source>loading the base model</source>
        <translation type="unfinished">carregamento do modelo base</translation>
    </message>
    <message>
        <source>The weights in {folder} do not match its config.json: the download may be mixed up.</source>
        <translation type="unfinished">Os pesos em {folder} não correspondem ao seu config.json: os arquivos transferidos podem estar misturados.</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} cannot be converted to a fast tokenizer.</source>
        <translation type="unfinished">O tokenizador em {folder} não pode ser convertido num tokenizador rápido.</translation>
    </message>
    <message>
        <source>The model folder {folder} is missing: train the student again.</source>
        <translation type="unfinished">A pasta do modelo {folder} não existe: treine o aluno de novo.</translation>
    </message>
    <message>
        <source>Shule cannot load the model in {folder}: {detail}</source>
        <translation type="unfinished">O Shule não consegue carregar o modelo em {folder}: {detail}</translation>
    </message>
    <message>
        <source>The tokenizer in {folder} has no padding token.</source>
        <translation type="unfinished">O tokenizador em {folder} não tem token de preenchimento.</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}/{total} · loss {loss:.2f} · about {time} left</source>
        <translation type="unfinished">época {epoch} · passo {step}/{total} · perda {loss:.2f} · faltam cerca de {time}</translation>
    </message>
    <message>
        <source>epoch {epoch}: dev macro-F1 {f1:.2f}</source>
        <translation type="unfinished">época {epoch}: macro-F1 de validação {f1:.2f}</translation>
    </message>
    <message>
        <source>memory is short: each batch now runs in {parts} parts</source>
        <translation type="unfinished">falta memória: cada lote é agora processado em {parts} partes</translation>
    </message>
    <message>
        <source>The model does not fit in memory even one text at a time: choose a smaller base model or a shorter maximum length.</source>
        <translation type="unfinished">O modelo não cabe na memória nem com um texto de cada vez: escolha um modelo base menor ou um comprimento máximo mais curto.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">Não foi possível ler {name} como arquivo {format}: verifique o arquivo, ou guarde-o como CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">Não foi possível ler {name} como arquivo do Excel (.xlsx): verifique o arquivo, ou guarde-o como CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file: check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">Não foi possível ler {name} como arquivo Parquet: verifique o arquivo, ou guarde-o como CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a {format} file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">Não foi possível ler {name} como arquivo {format} ({error}): verifique o arquivo, ou guarde-o como CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>Shule cannot read {suffix} files: save {name} as CSV, TSV, TXT, JSONL, XLSX or Parquet and try again.</source>
        <translation type="unfinished">O Shule não consegue ler arquivos {suffix}: guarde {name} como CSV, TSV, TXT, JSONL, XLSX ou Parquet e tente de novo.</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel (.xlsx) workbook ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">Não foi possível ler {name} como arquivo do Excel (.xlsx) ({error}): verifique o arquivo, ou guarde-o como CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} could not be read as a Parquet file ({error}): check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.</source>
        <translation type="unfinished">Não foi possível ler {name} como arquivo Parquet ({error}): verifique o arquivo, ou guarde-o como CSV, TSV, TXT, JSONL, XLSX ou Parquet.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} está vazio.</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: put the column names in row 1.</source>
        <translation type="unfinished">A primeira folha de {name} está vazia: ponha os nomes das colunas na linha 1.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished">Não há nenhum arquivo em {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: choose a file to import.</source>
        <translation type="unfinished">{path} é uma pasta, não um arquivo: escolha um arquivo para importar.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <translation type="unfinished">Não foi possível ler {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is too big to read into memory: split it into smaller files and import them one by one.</source>
        <translation type="unfinished">{name} é demasiado grande para ser lido para a memória: divida-o em arquivos menores e importe-os um a um.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 or UTF-16 text (byte {byte} does not fit): save it as UTF-8 and try again.</source>
        <translation type="unfinished">{name} não é texto UTF-8 nem UTF-16 (o byte {byte} não encaixa): guarde-o como UTF-8 e tente de novo.</translation>
    </message>
    <message>
        <source>{name} is not valid {format} near row {row} ({error}): check its quotes.</source>
        <translation type="unfinished">{name} não é {format} válido perto da linha {row} ({error}): verifique as aspas.</translation>
    </message>
    <message>
        <source>{name} has no sheets.</source>
        <translation type="unfinished">{name} não tem folhas (abas).</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation type="unfinished">{name} não é JSON válido ({error}).</translation>
    </message>
    <message>
        <source>is not a JSON object ({example})</source>
        <translation type="unfinished">não é um objeto JSON ({example})</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation type="unfinished">não é JSON válido ({error})</translation>
    </message>
    <message>
        <source>There are no gold samples to score the teacher on: add a few gold samples first.</source>
        <translation type="unfinished">Não há amostras de referência com que avaliar o professor: adicione primeiro algumas amostras de referência.</translation>
    </message>
    <message>
        <source>This project has no teacher yet: choose one in Teacher settings first.</source>
        <translation type="unfinished">Este projeto ainda não tem professor: escolha um primeiro na página Professor.</translation>
    </message>
    <message>
        <source>{done} of {total} gold texts</source>
        <translation type="unfinished">{done} de {total} textos de referência</translation>
    </message>
    <message>
        <source>loading the teacher</source>
        <translation type="unfinished">carregamento do professor</translation>
    </message>
    <message>
        <source>Unknown teacher kind “{kind}”.</source>
        <translation type="unfinished">Tipo de professor desconhecido “{kind}”.</translation>
    </message>
    <message>
        <source>This project&apos;s teacher settings hold an API key, which project files must not: enter the key again in Teacher settings.</source>
        <translation type="unfinished">As configurações do professor deste projeto contêm uma chave de API, o que os arquivos de projeto não podem conter: insira a chave de novo na página Professor.</translation>
    </message>
    <message>
        <source>The teacher has no server address: set it in Teacher settings.</source>
        <translation type="unfinished">O professor não tem endereço de servidor: defina-o na página Professor.</translation>
    </message>
    <message>
        <source>No API key called “{name}” is stored on this computer: enter it in Teacher settings.</source>
        <translation type="unfinished">Não há nenhuma chave de API chamada “{name}” guardada neste computador: insira-a na página Professor.</translation>
    </message>
    <message>
        <source>The server at {url} answers.</source>
        <translation type="unfinished">O servidor em {url} responde.</translation>
    </message>
    <message>
        <source>It accepted the API key.</source>
        <translation type="unfinished">Aceitou a chave de API.</translation>
    </message>
    <message>
        <source>It did not ask for an API key.</source>
        <translation type="unfinished">Não pediu chave de API.</translation>
    </message>
    <message>
        <source>It does not list its models, so the model name could not be checked.</source>
        <translation type="unfinished">Não apresenta a lista dos seus modelos, por isso não foi possível verificar o nome do modelo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished">Interrompido.</translation>
    </message>
    <message>
        <source>It has no models: load or download one there first.</source>
        <translation type="unfinished">Não tem modelos: carregue ou transfira primeiro um modelo nesse servidor.</translation>
    </message>
    <message>
        <source>The model {model} is there.</source>
        <translation type="unfinished">O modelo {model} está lá.</translation>
    </message>
    <message>
        <source>Asking the model for a test reply failed: {error}</source>
        <translation type="unfinished">O pedido de uma resposta de teste ao modelo falhou: {error}</translation>
    </message>
    <message>
        <source>It has {n} model: {models}.</source>
        <translation type="unfinished">Tem {n} modelo: {models}.</translation>
    </message>
    <message>
        <source>It has {n} models: {models}.</source>
        <translation type="unfinished">Tem {n} modelos: {models}.</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished">Servidor llama.cpp</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished">Servidor compatível com OpenAI</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation type="unfinished">Não há nenhum arquivo de modelo em {path}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation type="unfinished">{name} não é um arquivo de modelo GGUF.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as a model: {error}</source>
        <translation type="unfinished">Não foi possível carregar {name} como modelo: {error}</translation>
    </message>
    <message>
        <source>The teacher could not answer: {error}</source>
        <translation type="unfinished">O professor não conseguiu responder: {error}</translation>
    </message>
    <message>
        <source>{first} · {then}</source>
        <translation type="unfinished">{first} · {then}</translation>
    </message>
    <message>
        <source>unknown quantization</source>
        <translation type="unfinished">quantização desconhecida</translation>
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
        <translation type="unfinished">sem modelo de conversa (é usado o ChatML)</translation>
    </message>
    <message>
        <source>{name} is not a readable GGUF model file: {error}.</source>
        <translation type="unfinished">{name} não é um arquivo de modelo GGUF legível: {error}.</translation>
    </message>
    <message>
        <source>{n:.1f} B parameters</source>
        <translation type="unfinished">{n:.1f} B de parâmetros</translation>
    </message>
    <message>
        <source>{n:.1f} M parameters</source>
        <translation type="unfinished">{n:.1f} M de parâmetros</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (OpenAI json_schema).</source>
        <translation type="unfinished">Esquema JSON imposto pelo servidor (OpenAI json_schema).</translation>
    </message>
    <message>
        <source>JSON schema enforced by a llama.cpp grammar.</source>
        <translation type="unfinished">Esquema JSON imposto por uma gramática do llama.cpp.</translation>
    </message>
    <message>
        <source>JSON schema enforced by the server (json_object with a schema).</source>
        <translation type="unfinished">Esquema JSON imposto pelo servidor (json_object com um esquema).</translation>
    </message>
    <message>
        <source>JSON schema enforced by Ollama (its own chat API).</source>
        <translation type="unfinished">Esquema JSON imposto pelo Ollama (a sua própria API de conversa).</translation>
    </message>
    <message>
        <source>JSON schema enforced by vLLM guided decoding.</source>
        <translation type="unfinished">Esquema JSON imposto pela geração guiada do vLLM.</translation>
    </message>
    <message>
        <source>JSON only, schema not enforced: replies will be checked and some discarded.</source>
        <translation type="unfinished">Apenas JSON, esquema não imposto: as respostas serão verificadas e algumas descartadas.</translation>
    </message>
    <message>
        <source>No structured output support: replies will be checked but many may be discarded.</source>
        <translation type="unfinished">Sem suporte para saída estruturada: as respostas serão verificadas, mas muitas podem ser descartadas.</translation>
    </message>
    <message>
        <source>The server at {url} failed (HTTP {status}): {detail}</source>
        <translation type="unfinished">O servidor em {url} falhou (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {url} is limiting requests (429).</source>
        <translation type="unfinished">O servidor em {url} limita os pedidos (429).</translation>
    </message>
    <message>
        <source>The server at {url} is busy or still loading (503).</source>
        <translation type="unfinished">O servidor em {url} está ocupado ou ainda em carregamento (503).</translation>
    </message>
    <message>
        <source>The server at {url} refused the request (HTTP {status}): {detail}</source>
        <translation type="unfinished">O servidor em {url} recusou o pedido (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}; it has: {models}.</source>
        <translation type="unfinished">O servidor em {url} não tem nenhum modelo chamado {model}; tem: {models}.</translation>
    </message>
    <message>
        <source>The server at {url} refused the request.</source>
        <translation type="unfinished">O servidor em {url} recusou o pedido.</translation>
    </message>
    <message>
        <source>Unknown structured output mode “{mode}”; use one of: {modes}.</source>
        <translation type="unfinished">Modo de saída estruturada desconhecido “{mode}”; use um destes: {modes}.</translation>
    </message>
    <message>
        <source>Gave up after {n} retries.</source>
        <translation type="unfinished">Desistiu após {n} novas tentativas.</translation>
    </message>
    <message>
        <source>The server at {url} needs an API key (401): add one in Teacher settings.</source>
        <translation type="unfinished">O servidor em {url} precisa de uma chave de API (401): adicione uma na página Professor.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use this model. {detail}</source>
        <translation type="unfinished">O servidor em {url} recusou o acesso (403): a chave de API pode não ter permissão para usar este modelo. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no OpenAI-compatible API there (404): check the address; it usually ends in /v1.</source>
        <translation type="unfinished">O servidor em {url} não tem aí uma API compatível com OpenAI (404): verifique o endereço; normalmente termina em /v1.</translation>
    </message>
    <message>
        <source>The server at {url} has no models: load or download one there first.</source>
        <translation type="unfinished">O servidor em {url} não tem modelos: carregue ou transfira primeiro um modelo nesse servidor.</translation>
    </message>
    <message>
        <source>Choose a model: the server at {url} has: {models}.</source>
        <translation type="unfinished">Escolha um modelo: o servidor em {url} tem: {models}.</translation>
    </message>
    <message>
        <source>The server at {url} did not answer within {seconds:.0f} s.</source>
        <translation type="unfinished">O servidor em {url} não respondeu em {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply larger than {mb} MB; it was not read.</source>
        <translation type="unfinished">O servidor em {url} enviou uma resposta maior do que {mb} MB; não foi lida.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url}: is it running, and is the address right?</source>
        <translation type="unfinished">Não é possível chegar ao servidor em {url}: está ativo, e o endereço está certo?</translation>
    </message>
    <message>
        <source>The connection to {url} broke ({kind}) before the reply was complete.</source>
        <translation type="unfinished">A conexão a {url} falhou ({kind}) antes de a resposta estar completa.</translation>
    </message>
    <message>
        <source>The server refused the API key (401): check the key in Teacher settings.</source>
        <translation type="unfinished">O servidor recusou a chave de API (401): verifique a chave na página Professor.</translation>
    </message>
    <message>
        <source>The server at {url} refused access (403): the API key may not be allowed to use {model}. {detail}</source>
        <translation type="unfinished">O servidor em {url} recusou o acesso (403): a chave de API pode não ter permissão para usar {model}. {detail}</translation>
    </message>
    <message>
        <source>The server at {url} has no model called {model}: {detail}</source>
        <translation type="unfinished">O servidor em {url} não tem nenhum modelo chamado {model}: {detail}</translation>
    </message>
    <message>
        <source>The server at {url} does not list its models: type the model&apos;s name in Teacher settings.</source>
        <translation type="unfinished">O servidor em {url} não apresenta a lista dos seus modelos: escreva o nome do modelo na página Professor.</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not a chat completion.</source>
        <translation type="unfinished">O servidor em {url} enviou uma resposta que não é uma resposta de conversa (chat completion).</translation>
    </message>
    <message>
        <source>The server at {url} sent a reply that is not valid JSON.</source>
        <translation type="unfinished">O servidor em {url} enviou uma resposta que não é JSON válido.</translation>
    </message>
    <message>
        <source>It asks to wait {seconds:.0f} s; try again later.</source>
        <translation type="unfinished">Pede para esperar {seconds:.0f} s; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>training the quick student</source>
        <translation type="unfinished">treino do aluno rápido</translation>
    </message>
    <message>
        <source>saving the model</source>
        <translation type="unfinished">gravação do modelo</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} labels ready now.</source>
        <translation type="unfinished">Treine depois de pelo menos {min_labels} rótulos terem amostras aprovadas (pelo menos {min_per_label} cada; as amostras de referência não contam): {n} rótulos prontos agora.</translation>
    </message>
    <message>
        <source>{folder} has no model weights (model.safetensors): the download may be incomplete.</source>
        <translation type="unfinished">{folder} não tem pesos do modelo (model.safetensors): a transferência pode estar incompleta.</translation>
    </message>
    <message>
        <source>Train after at least {min_labels} labels have accepted samples (at least {min_per_label} each; gold samples do not count): {n} label ready now.</source>
        <translation type="unfinished">Treine depois de pelo menos {min_labels} rótulos terem amostras aprovadas (pelo menos {min_per_label} cada; as amostras de referência não contam): {n} rótulo pronto agora.</translation>
    </message>
    <message>
        <source>{folder} has its weights only as pytorch_model.bin, a pickle that can run code when loaded: Shule loads model.safetensors only. Use the safetensors version of this model, or convert it.</source>
        <translation type="unfinished">{folder} só tem os pesos como pytorch_model.bin, um pickle que pode executar código ao ser carregado: o Shule só carrega model.safetensors. Use a versão safetensors deste modelo, ou converta-o.</translation>
    </message>
    <message>
        <source>The model folder {folder} does not exist.</source>
        <translation type="unfinished">A pasta do modelo {folder} não existe.</translation>
    </message>
    <message>
        <source>{folder} is a file: choose the folder that holds the model.</source>
        <translation type="unfinished">{folder} é um arquivo: escolha a pasta que contém o modelo.</translation>
    </message>
    <message>
        <source>{folder} has no config.json: choose the folder of a downloaded Hugging Face model.</source>
        <translation type="unfinished">{folder} não tem config.json: escolha a pasta de um modelo do Hugging Face já transferido.</translation>
    </message>
    <message>
        <source>The config.json in {folder} is damaged or does not name a model type.</source>
        <translation type="unfinished">O config.json em {folder} está danificado ou não indica um tipo de modelo.</translation>
    </message>
    <message>
        <source>{folder} has no tokenizer (tokenizer.json or vocabulary files): the download may be incomplete.</source>
        <translation type="unfinished">{folder} não tem tokenizador (tokenizer.json ou arquivos de vocabulário): a transferência pode estar incompleta.</translation>
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
        <translation type="unfinished">O disco está cheio, por isso não foi possível guardar o modelo treinado: nenhum modelo foi adicionado, e o projeto e os seus modelos anteriores estão como estavam. Apague alguns arquivos para ter espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained student needs Shule&apos;s training pack (PyTorch and transformers, about 1 GB; 4 GB with NVIDIA GPU support), which is not installed: install it from the Train page, or with `shule training-pack install`. The quick student needs no pack.</source>
        <translation type="unfinished">Ajustar um aluno pré-treinado requer o pacote de treino do Shule (PyTorch e transformers, cerca de 1 GB; 4 GB com suporte de GPU NVIDIA), que não está instalado: instale-o a partir da página Treinar, ou com `shule training-pack install`. O aluno rápido não precisa do pacote.</translation>
    </message>
    <message>
        <source>Installing the training pack failed. pip said: {said}</source>
        <translation type="unfinished">A instalação do pacote de treino falhou. O pip disse: {said}</translation>
    </message>
    <message>
        <source>the training pack is installed</source>
        <translation type="unfinished">o pacote de treino está instalado</translation>
    </message>
    <message>
        <source>The disk filled up while installing the training pack: free some space, then try again.</source>
        <translation type="unfinished">O disco encheu durante a instalação do pacote de treino: apague alguns arquivos para ter espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>The folder of wheels lacks some of what the training pack needs: make the offline bundle again with its wheels. pip said: {said}</source>
        <translation type="unfinished">Falta à pasta de wheels parte do que o pacote de treino precisa: crie de novo o pacote offline com as suas wheels. O pip disse: {said}</translation>
    </message>
    <message>
        <source>The training pack could not be downloaded: check the internet connection (behind a proxy, set HTTPS_PROXY), or install it from an offline bundle. pip said: {said}</source>
        <translation type="unfinished">Não foi possível transferir o pacote de treino: verifique a conexão à internet (por trás de um proxy, defina HTTPS_PROXY), ou instale-o a partir de um pacote offline. O pip disse: {said}</translation>
    </message>
    <message>
        <source>There is no {variant} training pack: choose cpu or cuda.</source>
        <translation type="unfinished">Não existe nenhum pacote de treino {variant}: escolha cpu ou cuda.</translation>
    </message>
    <message>
        <source>Installing the training pack needs about {need} of free disk space in {where}; there are {free}. Free some space, then try again.</source>
        <translation type="unfinished">A instalação do pacote de treino precisa de cerca de {need} de espaço livre em disco em {where}; há {free}. Apague alguns arquivos para ter espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>There is no folder of wheels at {path}.</source>
        <translation type="unfinished">Não há nenhuma pasta de wheels em {path}.</translation>
    </message>
    <message>
        <source>starting pip</source>
        <translation type="unfinished">início do pip</translation>
    </message>
    <message>
        <source>ranking {n} texts</source>
        <translation type="unfinished">ordenação de {n} textos</translation>
    </message>
    <message>
        <source>The disk is full, so the {kind} step stopped. Free some space, then try again.</source>
        <translation type="unfinished">O disco está cheio, por isso o passo {kind} parou. Apague alguns arquivos para ter espaço livre e tente de novo.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Create project</source>
        <translation type="unfinished">Criar projeto</translation>
    </message>
    <message>
        <source>Shule projects (*.shule)</source>
        <translation type="unfinished">Projetos Shule (*.shule)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished">Abrir projeto</translation>
    </message>
    <message>
        <source>Shule projects (*.shule);;All files (*)</source>
        <translation type="unfinished">Projetos Shule (*.shule);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a teacher model</source>
        <translation type="unfinished">Escolha um modelo professor</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished">Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose your texts</source>
        <translation type="unfinished">Escolha os seus textos</translation>
    </message>
    <message>
        <source>Texts (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished">Textos (*.txt *.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished">Importar dados</translation>
    </message>
    <message>
        <source>Tables and texts (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV or TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Text, one per line (*.txt);;All files (*)</source>
        <translation type="unfinished">Tabelas e textos (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;CSV ou TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;Parquet (*.parquet);;Texto, um por linha (*.txt);;Todos os arquivos (*)</translation>
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
        <translation type="unfinished">Uma pasta nova (*)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished">Exportar dados</translation>
    </message>
    <message>
        <source>Save the exported model as a zip file</source>
        <translation type="unfinished">Guardar o modelo exportado como arquivo zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">Todos os arquivos (*)</translation>
    </message>
</context>
</TS>
