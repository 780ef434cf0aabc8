<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>accessible</name>
    <message>
        <source>Image&#xa0;: {alt}</source>
        <translation>Image: {alt}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Avancer : flèche droite, espace, Entrée ou Page suivante (télécommande)
Reculer : flèche gauche, Retour arrière ou Page précédente
Répondre : V/F (Vrai/Faux), O/N (Oui/Non) ou 1/2 ; ou choisir avec les flèches gauche/droite, puis Entrée ou espace (une flèche seule ne répond pas)
Revoir la diapositive d’une question : R ; revenir à la question : Entrée
Résultats : E refaire les erreurs, M recommencer mélangé, A accueil
Retour à l’accueil : Échap (hors plein écran), A sur une diapositive, Origine pendant le quiz, ou le menu du clic droit
Plein écran : F11 ou F5 ; quitter le plein écran : Échap
Affichage (thème, taille du texte, animations) : F2
Au clavier seul : Tab passe d’un bouton à l’autre, Entrée ou Espace l’active
Ouvrir une présentation : Ctrl+O ; quitter : Ctrl+Q</source>
        <translation>Forward: Right arrow, Space, Enter or Page Down (clicker)
Back: Left arrow, Backspace or Page Up
Answer: the answers’ first letters (V/F for Vrai/Faux, O/N for Oui/Non) or 1/2; or choose with the Left/Right arrows, then Enter or Space (an arrow alone never answers)
See a question’s slide again: R; back to the question: Enter
Results: E redo the mistakes, M start again shuffled, A home
Back to the start screen: Esc (not in full screen), A on a slide, Home during the quiz, or the right-click menu
Full screen: F11 or F5; leave full screen: Esc
Display (theme, text size, animations): F2
Keyboard only: Tab moves from button to button, Enter or Space presses it
Open a presentation: Ctrl+O; quit: Ctrl+Q</translation>
    </message>
    <message>
        <source>La partie correcte est affichée.</source>
        <translation>The correct part is shown.</translation>
    </message>
    <message>
        <source>La présentation actuelle reste affichée.</source>
        <translation>The current presentation stays on screen.</translation>
    </message>
    <message>
        <source>La présentation des CMQ livrée avec le programme est affichée à la place.</source>
        <translation>The CMQ presentation that comes with the program is shown instead.</translation>
    </message>
    <message>
        <source>Ouvrez une autre présentation avec Ctrl+O.</source>
        <translation>Open another presentation with Ctrl+O.</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>class</name>
    <message>
        <source>{app} — projection</source>
        <translation>{app} — projection</translation>
    </message>
    <message>
        <source>carré</source>
        <translation>square</translation>
    </message>
    <message>
        <source>rond</source>
        <translation>circle</translation>
    </message>
    <message>
        <source>Réponses bloquées</source>
        <translation>Answers locked</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>{label}&#xa0;: {count} élèves ({percent}&#xa0;%)</source>
        <translation>{label}: {count} pupils ({percent}%)</translation>
    </message>
    <message>
        <source>{label}&#xa0;: {count} élève ({percent}&#xa0;%)</source>
        <translation>{label}: {count} pupil ({percent}%)</translation>
    </message>
    <message>
        <source>Classement après la question {number} sur {total}</source>
        <translation>Standings after question {number} of {total}</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>Résultats de la classe</source>
        <translation>Class results</translation>
    </message>
    <message>
        <source>Réussite&#xa0;: {percent}&#xa0;%</source>
        <translation>Success: {percent}%</translation>
    </message>
    <message>
        <source>Résultats de la classe · {quiz}</source>
        <translation>Class results · {quiz}</translation>
    </message>
    <message>
        <source>Classement</source>
        <translation>Standings</translation>
    </message>
    <message>
        <source>{score} points</source>
        <translation>{score} points</translation>
    </message>
    <message>
        <source>{score} point</source>
        <translation>{score} point</translation>
    </message>
    <message>
        <source>{rank}e&#xa0;: {name}, {points}</source>
        <translation>No. {rank}: {name}, {points}</translation>
    </message>
    <message>
        <source>sur {total} questions</source>
        <translation>out of {total} questions</translation>
    </message>
    <message>
        <source>sur {total} question</source>
        <translation>out of {total} question</translation>
    </message>
</context>
<context>
    <name>classe.help</name>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>flèche droite ou bas, Espace, Entrée, Page suivante (télécommande)</source>
        <translation>Right or Down arrow, Space, Enter, Page Down (clicker)</translation>
    </message>
    <message>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>flèche gauche ou haut, Retour arrière, Page précédente</source>
        <translation>Left or Up arrow, Backspace, Page Up</translation>
    </message>
    <message>
        <source>Première, dernière diapositive</source>
        <translation>First, last slide</translation>
    </message>
    <message>
        <source>Début, Fin</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>Aller à la diapositive n</source>
        <translation>Go to slide n</translation>
    </message>
    <message>
        <source>taper n puis Entrée</source>
        <translation>type n then Enter</translation>
    </message>
    <message>
        <source>Écran noir, écran blanc</source>
        <translation>Black screen, white screen</translation>
    </message>
    <message>
        <source>B ou point&#xa0;; W ou virgule</source>
        <translation>B or full stop; W or comma</translation>
    </message>
    <message>
        <source>Vue d’ensemble des diapositives</source>
        <translation>Slide overview</translation>
    </message>
    <message>
        <source>G ou O</source>
        <translation>G or O</translation>
    </message>
    <message>
        <source>Depuis le début, depuis la diapositive actuelle</source>
        <translation>From the beginning, from the current slide</translation>
    </message>
    <message>
        <source>F5&#xa0;; Maj+F5</source>
        <translation>F5; Shift+F5</translation>
    </message>
    <message>
        <source>Réponses de la classe (console)</source>
        <translation>The class’s answers (console)</translation>
    </message>
    <message>
        <source>nombre puis lettre&#xa0;: «&#xa0;18 V&#xa0;» = 18 mains pour Vrai&#xa0;; avec équipes, «&#xa0;2 F&#xa0;» = l’équipe 2 répond Faux</source>
        <translation>number then letter: “18 V” = 18 hands for Vrai; with teams, “2 F” = team 2 answers Faux</translation>
    </message>
    <message>
        <source>Revoir la diapositive (après la réponse)</source>
        <translation>Review the slide (after the answer)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Résultats de la classe&#xa0;: exporter (CSV), accueil</source>
        <translation>Class results: export (CSV), home</translation>
    </message>
    <message>
        <source>E&#xa0;; A ou Début</source>
        <translation>E; A or Home</translation>
    </message>
    <message>
        <source>Notes (un seul écran)</source>
        <translation>Notes (one screen)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Chronomètre&#xa0;: démarrer, mettre en pause</source>
        <translation>Timer: start, pause</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Échanger les écrans</source>
        <translation>Swap the screens</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Texte plus grand, plus petit</source>
        <translation>Larger, smaller text</translation>
    </message>
    <message>
        <source>+&#xa0;; -</source>
        <translation>+; -</translation>
    </message>
    <message>
        <source>Thème, taille du texte, animations</source>
        <translation>Theme, text size, animations</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Quitter un affichage, le plein écran</source>
        <translation>Close an overlay, leave full screen</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Plein écran&#xa0;: entrer, quitter</source>
        <translation>Full screen: enter, leave</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Quitter (avec confirmation)</source>
        <translation>Quit (with confirmation)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Cette aide</source>
        <translation>This help</translation>
    </message>
    <message>
        <source>?, H ou F1</source>
        <translation>?, H or F1</translation>
    </message>
    <message>
        <source>Touches (Échap pour fermer)</source>
        <translation>Keys (Esc to close)</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>{app} — console du professeur</source>
        <translation>{app} — teacher’s console</translation>
    </message>
    <message>
        <source>Écran projeté</source>
        <translation>Projected screen</translation>
    </message>
    <message>
        <source>Écran suivant</source>
        <translation>Next screen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Chronomètre (T)</source>
        <translation>Timer (T)</translation>
    </message>
    <message>
        <source>Remettre à zéro</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Exporter (CSV)</source>
        <translation>Export (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer les résultats (E)</source>
        <translation>Save the results (E)</translation>
    </message>
    <message>
        <source>Mode Entraînement</source>
        <translation>Practice mode</translation>
    </message>
    <message>
        <source>Un élève seul à l’ordinateur</source>
        <translation>One pupil alone at the computer</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>◀ Précédent</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Suivant ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Écran noir</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>B ou point</source>
        <translation>B or full stop</translation>
    </message>
    <message>
        <source>Vue d’ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>G ou O</source>
        <translation>G or O</translation>
    </message>
    <message>
        <source>Échanger les écrans</source>
        <translation>Swap the screens</translation>
    </message>
    <message>
        <source>Notes plus petites</source>
        <translation>Smaller notes</translation>
    </message>
    <message>
        <source>Notes plus grandes</source>
        <translation>Larger notes</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>? ou H</source>
        <translation>? or H</translation>
    </message>
    <message>
        <source>Réglages…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Réponses de la classe, équipes, compte à rebours</source>
        <translation>Class answers, teams, countdown</translation>
    </message>
    <message>
        <source>ÉCRAN NOIR</source>
        <translation>BLACK SCREEN</translation>
    </message>
    <message>
        <source>ÉCRAN BLANC</source>
        <translation>WHITE SCREEN</translation>
    </message>
    <message>
        <source>Quiz&#xa0;: {title}</source>
        <translation>Quiz: {title}</translation>
    </message>
    <message>
        <source>Lancer ce quiz avec la classe</source>
        <translation>Run this quiz with the class</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Suivant&#xa0;: bloquer les réponses</source>
        <translation>Next: lock the answers</translation>
    </message>
    <message>
        <source>Suivant&#xa0;: révéler la bonne réponse</source>
        <translation>Next: reveal the right answer</translation>
    </message>
    <message>
        <source>Suivant&#xa0;: continuer</source>
        <translation>Next: go on</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Pas de notes pour cette diapositive.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No notes for this slide.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Réponse attendue&#xa0;: «&#xa0;{answer}&#xa0;»&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Expected answer: “{answer}”&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Appuyez sur &lt;b&gt;Suivant&lt;/b&gt; (télécommande, Page suivante) pour commencer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Press &lt;b&gt;Next&lt;/b&gt; (clicker, Page Down) to begin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Classement des équipes. Suivant&#xa0;: la question suivante.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Team standings. Next: the next question.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Podium. Suivant&#xa0;: les résultats de la classe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Podium. Next: the class results.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Résultats de la classe. La touche &lt;b&gt;E&lt;/b&gt; (ou «&#xa0;Exporter (CSV)&#xa0;» sur la console) les enregistre pour un tableur&#xa0;; &lt;b&gt;A&lt;/b&gt;&#xa0;: retour à l’accueil.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Class results. The &lt;b&gt;E&lt;/b&gt; key (or “Export (CSV)” on the console) saves them for a spreadsheet; &lt;b&gt;A&lt;/b&gt;: back to the home screen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diapositive {number} / {total}</source>
        <translation>Slide {number} / {total}</translation>
    </message>
    <message>
        <source>Question {number} / {total} · affichée</source>
        <translation>Question {number} / {total} · shown</translation>
    </message>
    <message>
        <source>Question {number} / {total} · bloquée</source>
        <translation>Question {number} / {total} · locked</translation>
    </message>
    <message>
        <source>Question {number} / {total} · révélée</source>
        <translation>Question {number} / {total} · revealed</translation>
    </message>
    <message>
        <source>Classement · après la question {number} / {total}</source>
        <translation>Standings · after question {number} / {total}</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>Résultats de la classe</source>
        <translation>Class results</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mains levées&#xa0;: pas encore saisies (tapez «&#xa0;18 V&#xa0;»).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hands up: not entered yet (type “18 V”).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mains levées&#xa0;: {counts}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hands up: {counts}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Équipes (tapez «&#xa0;2 F&#xa0;»)&#xa0;: {rows}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Teams (type “2 F”): {rows}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tapé&#xa0;: {typed}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Typed: {typed}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vue d’ensemble&#xa0;: flèches puis Entrée, ou un clic&#xa0;; Échap ou G pour fermer</source>
        <translation>Overview: arrows then Enter, or a click; Esc or G to close</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Impossible d’écrire {path}&#xa0;: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>Résultats enregistrés&#xa0;: {path}</source>
        <translation>Results saved: {path}</translation>
    </message>
    <message>
        <source>Exporter les résultats (CSV)</source>
        <translation>Export the results (CSV)</translation>
    </message>
    <message>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Quitter la présentation&#xa0;?</source>
        <translation>Quit the presentation?</translation>
    </message>
    <message>
        <source>Continuer la présentation</source>
        <translation>Go on with the presentation</translation>
    </message>
    <message>
        <source>Mains levées (ou tapez «&#xa0;18 V&#xa0;» au clavier)&#xa0;:</source>
        <translation>Hands up (or type “18 V” on the keyboard):</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Réponse de chaque équipe (ou «&#xa0;2 F&#xa0;» au clavier)&#xa0;:</source>
        <translation>Each team’s answer (or “2 F” on the keyboard):</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>CMQ Desktop – problème inattendu</source>
        <translation>CMQ Desktop – unexpected problem</translation>
    </message>
    <message>
        <source>Désolé, CMQ Desktop a rencontré un problème inattendu.</source>
        <translation>Sorry, CMQ Desktop ran into an unexpected problem.</translation>
    </message>
    <message>
        <source>Le détail a été enregistré dans le fichier :
{path}

Vous pouvez transmettre ce fichier à la personne qui s’occupe des ordinateurs. Si le programme ne répond plus correctement, fermez-le puis relancez-le.</source>
        <translation>The details were saved in the file:
{path}

You can send this file to the person who looks after the computers. If the program no longer works properly, close it and start it again.</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>réponses non saisies</source>
        <translation>answers not entered</translation>
    </message>
    <message>
        <source>réponses à main levée</source>
        <translation>answers by show of hands</translation>
    </message>
    <message>
        <source>réponses par équipes</source>
        <translation>answers by teams</translation>
    </message>
    <message>
        <source>Résultats de la classe&#xa0;: {deck}</source>
        <translation>Class results: {deck}</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>le {day} à {hour}h{minute}</source>
        <translation>on {day} at {hour}:{minute}</translation>
    </message>
    <message>
        <source> ({count}&#xa0;équipes)</source>
        <translation> ({count} teams)</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Bonne réponse</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Équipes justes</source>
        <translation>Teams right</translation>
    </message>
    <message>
        <source>Élèves justes</source>
        <translation>Pupils right</translation>
    </message>
    <message>
        <source>Équipes ayant répondu</source>
        <translation>Teams who answered</translation>
    </message>
    <message>
        <source>Élèves ayant répondu</source>
        <translation>Pupils who answered</translation>
    </message>
    <message>
        <source>Taux de réussite (%)</source>
        <translation>Success rate (%)</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>deck_dialog</name>
    <message>
        <source>Présentations (presentation.md *.zip)</source>
        <translation>Presentations (presentation.md *.zip)</translation>
    </message>
    <message>
        <source>Archives zip (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Ouvrir une présentation (presentation.md ou archive .zip)</source>
        <translation>Open a presentation (presentation.md or .zip archive)</translation>
    </message>
</context>
<context>
    <name>deck_problems</name>
    <message>
        <source>vérifiez avec « cmq-desktop check DOSSIER »</source>
        <translation>check it with “cmq-desktop check FOLDER”</translation>
    </message>
    <message>
        <source>Corrigez ces lignes, puis {check}.</source>
        <translation>Correct these lines, then {check}.</translation>
    </message>
    <message>
        <source>Vérifiez le chemin, ou ouvrez le dossier qui contient presentation.md (Ctrl+O). Ensuite, {check}.</source>
        <translation>Check the path, or open the folder that holds presentation.md (Ctrl+O). Then {check}.</translation>
    </message>
    <message>
        <source>Corrigez les lignes indiquées ; pour un fichier ou un dossier introuvable, vérifiez son nom et son chemin. Ensuite, {check}.</source>
        <translation>Correct the lines shown; for a file or folder not found, check its name and path. Then {check}.</translation>
    </message>
    <message>
        <source>Problèmes dans la présentation</source>
        <translation>Problems in the presentation</translation>
    </message>
    <message>
        <source>La présentation contient {count} erreurs.</source>
        <translation>The presentation has {count} errors.</translation>
    </message>
    <message>
        <source>La présentation contient {count} erreur.</source>
        <translation>The presentation has {count} error.</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Automatique (selon le système)</source>
        <translation>Automatic (as the system says)</translation>
    </message>
    <message>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Selon le système</source>
        <translation>As the system says</translation>
    </message>
    <message>
        <source>Activées</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Réduites (aucun défilement automatique)</source>
        <translation>Reduced (nothing moves by itself)</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Taille du texte (diapositives, quiz, console)&#xa0;:</source>
        <translation>Text size (slides, quiz, console):</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Animations (défilement du stand, flèches qui apparaissent)&#xa0;:</source>
        <translation>Animations (the stand&apos;s slide loop, arrows that appear):</translation>
    </message>
    <message>
        <source>Animations</source>
        <translation>Animations</translation>
    </message>
    <message>
        <source>Le système ne signale pas à Qt s’il faut réduire les animations&#xa0;: choisissez «&#xa0;Réduites&#xa0;» si besoin.</source>
        <translation>The system does not tell Qt whether to reduce animations: choose “Reduced” if needed.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Affichage (F2)</source>
        <translation>Display (F2)</translation>
    </message>
    <message>
        <source>Affichage : thème, taille du texte, animations</source>
        <translation>Display: theme, text size, animations</translation>
    </message>
    <message>
        <source>Affichage…</source>
        <translation>Display…</translation>
    </message>
</context>
<context>
    <name>leave_quiz</name>
    <message>
        <source>Quitter le quiz&#xa0;?</source>
        <translation>Leave the quiz?</translation>
    </message>
    <message>
        <source>Quitter le quiz&#xa0;? Vos réponses seront perdues.</source>
        <translation>Leave the quiz? Your answers will be lost.</translation>
    </message>
    <message>
        <source>Continuer le quiz</source>
        <translation>Continue the quiz</translation>
    </message>
    <message>
        <source>Revenir à l’accueil</source>
        <translation>Back to the start screen</translation>
    </message>
</context>
<context>
    <name>modes</name>
    <message>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Au vidéoprojecteur&#xa0;: console du professeur, télécommande, quiz en classe.</source>
        <translation>On the projector: teacher’s console, clicker, quiz with the class.</translation>
    </message>
    <message>
        <source>Entraînement</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Seul devant l’ordinateur : diapositives à son rythme, quiz corrigé aussitôt.</source>
        <translation>Alone at the computer: slides at one’s own pace, quiz marked at once.</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Sur un stand, sans surveillance : le quiz se joue seul et se remet à zéro.</source>
        <translation>On a stand, unattended: the quiz runs by itself and starts afresh.</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Les diapositives (une par page, en paysage)</source>
        <translation>The slides (one per page, landscape)</translation>
    </message>
    <message>
        <source>Un document à distribuer (trois diapositives par page, avec des lignes de notes)</source>
        <translation>A handout (three slides per page, with lines for notes)</translation>
    </message>
    <message>
        <source>La feuille de quiz des élèves (cases à cocher, sans les réponses)</source>
        <translation>The pupils’ quiz sheet (tick boxes, no answers)</translation>
    </message>
    <message>
        <source>Le corrigé du quiz (réponses et explications)</source>
        <translation>The quiz answer key (answers and explanations)</translation>
    </message>
    <message>
        <source>Exporter en PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Que voulez-vous imprimer (A4, lisible en noir et blanc)&#xa0;?</source>
        <translation>What do you want to print (A4, readable in black and white)?</translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>Le PDF n’a pas pu être écrit&#xa0;: {error}</source>
        <translation>The PDF could not be written: {error}</translation>
    </message>
    <message>
        <source>PDF écrit&#xa0;: {path} ({pages} pages).</source>
        <translation>PDF written: {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>PDF écrit&#xa0;: {path} ({pages} page).</source>
        <translation>PDF written: {path} ({pages} page).</translation>
    </message>
    <message>
        <source>page {number} / {total}</source>
        <translation>page {number} / {total}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Aucune question dans cette présentation.</source>
        <translation>No question in this presentation.</translation>
    </message>
    <message>
        <source>Corrigé&#xa0;: {title}</source>
        <translation>Answer key: {title}</translation>
    </message>
    <message>
        <source>Nom&#xa0;:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>Prénom&#xa0;:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Classe&#xa0;:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Date&#xa0;:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Pour chaque affirmation, cochez une seule case.</source>
        <translation>For each statement, tick one box only.</translation>
    </message>
    <message>
        <source>{heading} (suite, page {page})</source>
        <translation>{heading} (continued, page {page})</translation>
    </message>
    <message>
        <source>Réponse&#xa0;: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
</context>
<context>
    <name>pin</name>
    <message>
        <source>Le code ne doit contenir que des chiffres (de {low} à {high}).</source>
        <translation>The code must be digits only ({low} to {high}).</translation>
    </message>
    <message>
        <source>Le code doit avoir de {low} à {high} chiffres ({count} donnés).</source>
        <translation>The code must have {low} to {high} digits ({count} given).</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (chiffres tous identiques ou qui se suivent) : choisissez-en un autre.</source>
        <translation>This code is too easy to guess (all the same digits, or digits in a row): choose another one.</translation>
    </message>
    <message>
        <source>Les deux codes tapés ne sont pas identiques.</source>
        <translation>The two codes typed are not the same.</translation>
    </message>
    <message>
        <source>réessayez dans {time}</source>
        <translation>try again in {time}</translation>
    </message>
    <message>
        <source>Trop d’essais : {wait}.</source>
        <translation>Too many tries: {wait}.</translation>
    </message>
    <message>
        <source>Code incorrect ; {wait}.</source>
        <translation>Wrong code; {wait}.</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Wrong code.</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>Imprimer (PDF)…</source>
        <translation>Print (PDF)…</translation>
    </message>
    <message>
        <source>Imprimer : diapositives, document, feuille de quiz ou corrigé en PDF</source>
        <translation>Print: slides, handout, quiz sheet or answer key as PDF</translation>
    </message>
</context>
<context>
    <name>question</name>
    <message>
        <source>Revoir la diapositive (R)</source>
        <translation>See the slide again (R)</translation>
    </message>
    <message>
        <source>Bonne réponse&#xa0;!</source>
        <translation>Right answer!</translation>
    </message>
    <message>
        <source>Mauvaise réponse</source>
        <translation>Wrong answer</translation>
    </message>
    <message>
        <source>La bonne réponse est&#xa0;: «&#xa0;{answer}&#xa0;».</source>
        <translation>The right answer is: “{answer}”.</translation>
    </message>
    <message>
        <source>Voir les résultats →</source>
        <translation>See the results →</translation>
    </message>
    <message>
        <source>Question suivante →</source>
        <translation>Next question →</translation>
    </message>
    <message>
        <source>Bravo, c’est bien «&#xa0;{answer}&#xa0;»&#xa0;!</source>
        <translation>Well done, it is indeed “{answer}”!</translation>
    </message>
    <message>
        <source>Voir mon score →</source>
        <translation>See my score →</translation>
    </message>
    <message>
        <source> ou </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Touche {keys}</source>
        <translation>Key {keys}</translation>
    </message>
    <message>
        <source>Question {number} sur {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
    <message>
        <source>{label}, bonne réponse</source>
        <translation>{label}, right answer</translation>
    </message>
    <message>
        <source>{label}, votre réponse, fausse</source>
        <translation>{label}, your answer, wrong</translation>
    </message>
    <message>
        <source>choisie&#xa0;: Entrée pour répondre</source>
        <translation>chosen: Enter to answer</translation>
    </message>
    <message>
        <source>Réponse {n}&#xa0;: {label} ({keys})</source>
        <translation>Answer {n}: {label} ({keys})</translation>
    </message>
    <message>
        <source>Votre réponse&#xa0;: «&#xa0;{label}&#xa0;».</source>
        <translation>Your answer: “{label}”.</translation>
    </message>
</context>
<context>
    <name>recent</name>
    <message>
        <source>{title} · {day} · introuvable</source>
        <translation>{title} · {day} · not found</translation>
    </message>
    <message>
        <source>Ouvrir la présentation récente {deck}</source>
        <translation>Open the recent presentation {deck}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>une erreur</source>
        <translation>one mistake</translation>
    </message>
    <message>
        <source>{count}&#xa0;erreurs</source>
        <translation>{count} mistakes</translation>
    </message>
    <message>
        <source>Bravo, tout est juste&#xa0;!</source>
        <translation>Well done, all right!</translation>
    </message>
    <message>
        <source>Aucune bonne réponse&#xa0;: relisez les explications.</source>
        <translation>No right answer: read the explanations again.</translation>
    </message>
    <message>
        <source>Très bien, une seule erreur&#xa0;: relisez son explication.</source>
        <translation>Very good, only one mistake: read its explanation again.</translation>
    </message>
    <message>
        <source>Très bien&#xa0;: {errors} seulement à revoir.</source>
        <translation>Very good: only {errors} to look at again.</translation>
    </message>
    <message>
        <source>Plus de la moitié est juste&#xa0;: {errors} à revoir.</source>
        <translation>More than half is right: {errors} to look at again.</translation>
    </message>
    <message>
        <source>La moitié est juste&#xa0;: relisez vos erreurs.</source>
        <translation>Half is right: read your mistakes again.</translation>
    </message>
    <message>
        <source>Relisez les explications, puis refaites vos {errors}.</source>
        <translation>Read the explanations again, then redo your {errors}.</translation>
    </message>
    <message>
        <source>Page {page} sur {count} · Page précédente&#xa0;: ↑</source>
        <translation>Page {page} of {count} · Previous page: ↑</translation>
    </message>
    <message>
        <source>Page {page} sur {count} · Page suivante&#xa0;: ↓</source>
        <translation>Page {page} of {count} · Next page: ↓</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Erreurs refaites</source>
        <translation>Mistakes redone</translation>
    </message>
    <message>
        <source>Erreurs refaites ({rounds}e fois)</source>
        <translation>Mistakes redone (round {rounds})</translation>
    </message>
    <message>
        <source>Premier essai&#xa0;: {score}&#xa0;/&#xa0;{total}</source>
        <translation>First try: {score}&#xa0;/&#xa0;{total}</translation>
    </message>
    <message>
        <source>{first}. Toutes vos erreurs sont corrigées&#xa0;!</source>
        <translation>{first}. All your mistakes are corrected!</translation>
    </message>
    <message>
        <source>{first}. Encore {errors} à revoir.</source>
        <translation>{first}. Still {errors} to look at again.</translation>
    </message>
    <message>
        <source>{heading} : {score} sur {total}</source>
        <translation>{heading}: {score} out of {total}</translation>
    </message>
    <message>
        <source>Refaire mes erreurs (E)</source>
        <translation>Redo my mistakes (E)</translation>
    </message>
    <message>
        <source>Recommencer en mélangeant (M)</source>
        <translation>Start again shuffled (M)</translation>
    </message>
    <message>
        <source>Accueil (A)</source>
        <translation>Home (A)</translation>
    </message>
    <message>
        <source>Bonne réponse</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Mistake</translation>
    </message>
    <message>
        <source> · Votre réponse&#xa0;: {answer}</source>
        <translation> · Your answer: {answer}</translation>
    </message>
    <message>
        <source>Bonne réponse&#xa0;: {answer}</source>
        <translation>Right answer: {answer}</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Écran {number}&#xa0;: {name} ({width} × {height}, écran principal)</source>
        <translation>Screen {number}: {name} ({width} × {height}, main screen)</translation>
    </message>
    <message>
        <source>Écran {number}&#xa0;: {name} ({width} × {height})</source>
        <translation>Screen {number}: {name} ({width} × {height})</translation>
    </message>
    <message>
        <source>Choisir l’écran de projection</source>
        <translation>Choose the projection screen</translation>
    </message>
    <message>
        <source>Sur quel écran la classe voit-elle la présentation&#xa0;?</source>
        <translation>On which screen does the class see the presentation?</translation>
    </message>
    <message>
        <source>Identifier les écrans</source>
        <translation>Identify the screens</translation>
    </message>
    <message>
        <source>La console du professeur s’ouvre sur un autre écran (touche S pour échanger).</source>
        <translation>The teacher’s console opens on another screen (S key to swap).</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>réglage «&#xa0;{key}&#xa0;» invalide ({raw})&#xa0;: valeur par défaut {default}</source>
        <translation>invalid setting “{key}” ({raw}): default value {default}</translation>
    </message>
    <message>
        <source>réglage «&#xa0;entry&#xa0;» invalide ({raw})&#xa0;: «&#xa0;{value}&#xa0;»</source>
        <translation>invalid setting “entry” ({raw}): “{value}”</translation>
    </message>
    <message>
        <source>réglage «&#xa0;teams&#xa0;» invalide&#xa0;: de {low} à {high} noms différents</source>
        <translation>invalid setting “teams”: {low} to {high} different names</translation>
    </message>
    <message>
        <source>réglage «&#xa0;text_scale&#xa0;» invalide ({raw})&#xa0;: 1</source>
        <translation>invalid setting “text_scale” ({raw}): 1</translation>
    </message>
    <message>
        <source>Aucune&#xa0;: la classe répond à voix haute</source>
        <translation>None: the class answers aloud</translation>
    </message>
    <message>
        <source>Mains levées&#xa0;: compter les élèves pour chaque réponse</source>
        <translation>Hands up: count the pupils for each answer</translation>
    </message>
    <message>
        <source>Équipes&#xa0;: la réponse de chaque équipe, 1 point par bonne réponse</source>
        <translation>Teams: each team’s answer, 1 point per right answer</translation>
    </message>
    <message>
        <source>Réglages du mode Classe</source>
        <translation>Class mode settings</translation>
    </message>
    <message>
        <source>&lt;b&gt;Réponses de la classe&lt;/b&gt;</source>
        <translation>&lt;b&gt;The class’s answers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Noms des équipes (de {low} à {high}, un par ligne)&#xa0;:</source>
        <translation>Team names ({low} to {high}, one per line):</translation>
    </message>
    <message>
        <source>Compte à rebours avant de bloquer les réponses (0&#xa0;: aucun)&#xa0;:</source>
        <translation>Countdown before the answers are locked (0: none):</translation>
    </message>
    <message>
        <source>&lt;i&gt;Les réglages s’appliquent au prochain quiz.&lt;/i&gt;</source>
        <translation>&lt;i&gt;The settings apply from the next quiz.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>fichier de réglages illisible ({file})&#xa0;: réglages par défaut</source>
        <translation>unreadable settings file ({file}): default settings</translation>
    </message>
    <message>
        <source>Réglages&#xa0;: {problems}</source>
        <translation>Settings: {problems}</translation>
    </message>
    <message>
        <source>Réglages enregistrés&#xa0;: ils s’appliquent au prochain quiz.</source>
        <translation>Settings saved: they apply from the next quiz.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>{keys} pour «&#xa0;{label}&#xa0;»</source>
        <translation>{keys} for “{label}”</translation>
    </message>
    <message>
        <source> ou </source>
        <translation> or </translation>
    </message>
    <message>
        <source>«&#xa0;{key}&#xa0;» ne répond pas ici&#xa0;: {first}, {second}&#xa0;; ou ← →, puis Entrée.</source>
        <translation>“{key}” does not answer here: {first}, {second}; or ← →, then Enter.</translation>
    </message>
    <message>
        <source>Choisissez avec ← ou →, puis Entrée&#xa0;; ou bien {first}, {second}.</source>
        <translation>Choose with ← or →, then Enter; or else {first}, {second}.</translation>
    </message>
</context>
<context>
    <name>slide</name>
    <message>
        <source>Diapositive précédente</source>
        <translation>Previous slide</translation>
    </message>
    <message>
        <source>Diapositive suivante</source>
        <translation>Next slide</translation>
    </message>
    <message>
        <source>Retour à la question (Entrée)</source>
        <translation>Back to the question (Enter)</translation>
    </message>
    <message>
        <source>Diapositive {number} sur {total} : {title}</source>
        <translation>Slide {number} of {total}: {title}</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>{error} Le code vaut jusqu’à l’arrêt du programme.</source>
        <translation>{error} The code holds until the program stops.</translation>
    </message>
    <message>
        <source>Exporter les statistiques</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <source>Export annulé.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Export impossible dans {target}&#xa0;: {error}.</source>
        <translation>Cannot export to {target}: {error}.</translation>
    </message>
    <message>
        <source>Statistiques exportées dans {target}</source>
        <translation>Statistics exported to {target}</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{error} Les réglages valent jusqu’à l’arrêt.</source>
        <translation>{error} The settings hold until the program stops.</translation>
    </message>
    <message>
        <source>Réglages enregistrés&#xa0;: ils valent dès le prochain visiteur.</source>
        <translation>Settings saved: they apply from the next visitor.</translation>
    </message>
    <message>
        <source> Une copie est gardée&#xa0;: {file}</source>
        <translation> A copy is kept: {file}</translation>
    </message>
    <message>
        <source>Statistiques remises à zéro.</source>
        <translation>Statistics reset.</translation>
    </message>
    <message>
        <source>Choisissez le code de l’équipe (4 à 8 chiffres)</source>
        <translation>Choose the staff code (4 to 8 digits)</translation>
    </message>
    <message>
        <source>Saisissez ce code une seconde fois</source>
        <translation>Type this code a second time</translation>
    </message>
    <message>
        <source>Espace équipe&#xa0;: saisissez le code</source>
        <translation>Staff area: type the code</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>You can try again.</translation>
    </message>
    <message>
        <source>{problem} Recommencez.</source>
        <translation>{problem} Start again.</translation>
    </message>
    <message>
        <source>Remettre à zéro</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Confirmer : tout effacer</source>
        <translation>Confirm: erase everything</translation>
    </message>
    <message>
        <source>{count} a terminé</source>
        <translation>{count} finished</translation>
    </message>
    <message>
        <source>{count} ont terminé</source>
        <translation>{count} finished</translation>
    </message>
    <message>
        <source>{count} a commencé</source>
        <translation>{count} started</translation>
    </message>
    <message>
        <source>{count} ont commencé</source>
        <translation>{count} started</translation>
    </message>
    <message>
        <source>Visiteurs depuis le début&#xa0;: {started}, {finished}&#xa0;; bonnes réponses en moyenne&#xa0;: {share}.
Aujourd’hui&#xa0;: {started_today}, {finished_today}.</source>
        <translation>Visitors since the beginning: {started}, {finished}; right answers on average: {share}.
Today: {started_today}, {finished_today}.</translation>
    </message>
    <message>
        <source>Espace équipe du stand</source>
        <translation>Stand staff area</translation>
    </message>
    <message>
        <source> questions</source>
        <translation> questions</translation>
    </message>
    <message>
        <source>Son activé</source>
        <translation>Sound on</translation>
    </message>
    <message>
        <source>Chaque diapositive de l’accueil&#xa0;:</source>
        <translation>Each slide of the welcome loop:</translation>
    </message>
    <message>
        <source>Retour à l’accueil sans action après&#xa0;:</source>
        <translation>Back to the welcome loop when idle after:</translation>
    </message>
    <message>
        <source>Questions par visiteur&#xa0;:</source>
        <translation>Questions per visitor:</translation>
    </message>
    <message>
        <source>Série de questions&#xa0;:</source>
        <translation>Question set:</translation>
    </message>
    <message>
        <source>Adresse du site (code QR)&#xa0;:</source>
        <translation>Web address (QR code):</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Retour au stand</source>
        <translation>Back to the stand</translation>
    </message>
    <message>
        <source>Quitter le stand</source>
        <translation>Quit the stand</translation>
    </message>
    <message>
        <source>Appuyez encore sur «&#xa0;{button}&#xa0;» dans les {seconds} secondes pour effacer les statistiques (une copie du fichier est gardée).</source>
        <translation>Press “{button}” again within {seconds} seconds to erase the statistics (a copy of the file is kept).</translation>
    </message>
    <message>
        <source>Scores : {scores}</source>
        <translation>Scores: {scores}</translation>
    </message>
    <message>
        <source>Visiteurs par score</source>
        <translation>Visitors per score</translation>
    </message>
    <message>
        <source>Bonnes réponses par question</source>
        <translation>Right answers per question</translation>
    </message>
    <message>
        <source>Aucune partie terminée pour l’instant</source>
        <translation>No game finished yet</translation>
    </message>
</context>
<context>
    <name>stand</name>
    <message>
        <source>Touchez l’écran ou appuyez sur une touche pour tester vos connaissances</source>
        <translation>Touch the screen or press a key to test what you know</translation>
    </message>
    <message>
        <source>Vous êtes toujours là&#xa0;?
Retour à l’accueil dans {seconds}&#xa0;s.
Touchez l’écran pour continuer.</source>
        <translation>Are you still there?
Back to the start in {seconds}&#xa0;s.
Touch the screen to go on.</translation>
    </message>
    <message>
        <source>{app} – Stand</source>
        <translation>{app} – Stand</translation>
    </message>
    <message>
        <source>Pour en savoir plus, scannez ce code avec votre téléphone</source>
        <translation>To find out more, scan this code with your phone</translation>
    </message>
    <message>
        <source>{score} bonnes réponses sur&#xa0;{total}</source>
        <translation>{score} right answers out of&#xa0;{total}</translation>
    </message>
    <message>
        <source>{score} bonne réponse sur&#xa0;{total}</source>
        <translation>{score} right answer out of&#xa0;{total}</translation>
    </message>
    <message>
        <source>Votre score</source>
        <translation>Your score</translation>
    </message>
    <message>
        <source>Rejouer</source>
        <translation>Play again</translation>
    </message>
    <message>
        <source>J’ai terminé</source>
        <translation>I’m done</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>Commencer la présentation</source>
        <translation>Start the presentation</translation>
    </message>
    <message>
        <source>Mode {title} (choisi)</source>
        <translation>{title} mode (chosen)</translation>
    </message>
    <message>
        <source>Mode {title}</source>
        <translation>{title} mode</translation>
    </message>
    <message>
        <source>{title} ({count} questions)</source>
        <translation>{title} ({count} questions)</translation>
    </message>
    <message>
        <source>{title} ({count} question)</source>
        <translation>{title} ({count} question)</translation>
    </message>
    <message>
        <source>Aller directement au quiz : {quiz}</source>
        <translation>Go straight to the quiz: {quiz}</translation>
    </message>
    <message>
        <source>Accueil&#xa0;: {title}</source>
        <translation>Home: {title}</translation>
    </message>
    <message>
        <source>ou directement le quiz :</source>
        <translation>or straight to the quiz:</translation>
    </message>
    <message>
        <source>Flèches, espace ou télécommande pour avancer · F11&#xa0;: plein écran · F1&#xa0;: aide</source>
        <translation>Arrows, Space or clicker to move on · F11: full screen · F1: help</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <source>Équipe 1</source>
        <translation>Team 1</translation>
    </message>
    <message>
        <source>Équipe 2</source>
        <translation>Team 2</translation>
    </message>
    <message>
        <source>Équipe 3</source>
        <translation>Team 3</translation>
    </message>
    <message>
        <source>Équipe 4</source>
        <translation>Team 4</translation>
    </message>
</context>
<context>
    <name>visitor</name>
    <message>
        <source>Merci d’avoir joué&#xa0;!</source>
        <translation>Thanks for playing!</translation>
    </message>
    <message>
        <source>Sans faute, bravo&#xa0;! Vous connaissez déjà bien les campus des métiers.</source>
        <translation>No mistakes, well done! You already know the campuses well.</translation>
    </message>
    <message>
        <source>Très bien joué&#xa0;! Encore un peu de curiosité et c’est le sans-faute.</source>
        <translation>Very well played! A little more curiosity and it’s a perfect score.</translation>
    </message>
    <message>
        <source>Pas mal du tout&#xa0;! Les explications vous en ont appris davantage.</source>
        <translation>Not bad at all! The explanations taught you more.</translation>
    </message>
    <message>
        <source>Merci d’avoir essayé&#xa0;! Chaque réponse vous a fait découvrir un métier.</source>
        <translation>Thanks for trying! Each answer showed you a trade.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Plein écran	F11</source>
        <translation>Full screen	F11</translation>
    </message>
    <message>
        <source>Accueil	Échap</source>
        <translation>Home	Esc</translation>
    </message>
    <message>
        <source>Ouvrir une présentation…	Ctrl+O</source>
        <translation>Open a presentation…	Ctrl+O</translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Raccourcis clavier	F1</source>
        <translation>Keyboard shortcuts	F1</translation>
    </message>
    <message>
        <source>Affichage (thème, taille du texte)…	F2</source>
        <translation>Display (theme, text size)…	F2</translation>
    </message>
    <message>
        <source>Quitter	Ctrl+Q</source>
        <translation>Quit	Ctrl+Q</translation>
    </message>
</context>
</TS>
