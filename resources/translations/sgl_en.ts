<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AddAnalysisDialog</name>
    <message>
        <location filename="../../src/app/validation/ui/AddAnalysisDialog.ui" line="+8" />
        <source>Ajouter une analyse</source>
        <translation>Add an analysis</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Analyse à ajouter au dossier : elle part à la paillasse sur le tube du dossier.</source>
        <translation>Analysis to add to the dossier: it goes to the bench on the dossier's tube.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filtrer par code ou libellé (ex. K, potassium)</source>
        <translation>Filter by code or label (e.g. K, potassium)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Motif (obligatoire) :</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>AdministrationView</name>
    <message>
        <location filename="../../src/app/admin/ui/AdministrationView.ui" line="+12" />
        <source>Administration – comptes du personnel</source>
        <translation>Administration – staff accounts</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Nouveau compte…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Rôles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Mot de passe…</source>
        <translation>&amp;Password…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Désactiver</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Dé&amp;bloquer</source>
        <translation>Un&amp;block</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A&amp;ctualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
</context>
<context>
    <name>AnalysisEditDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ui/AnalysisEditDialog.ui" line="+14" />
        <source>Modifier l'analyse</source>
        <translation>Edit the analysis</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Code local :</source>
        <translation>Local &amp;code:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ex. GLU (à la création seulement)</source>
        <translation>e.g. GLU (on creation only)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Type de résultat :</source>
        <translation>Result &amp;type:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ajouter à l'&amp;examen :</source>
        <translation>Add to &amp;exam:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>L&amp;OINC :</source>
        <translation>L&amp;OINC:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ex. 2345-7</source>
        <translation>e.g. 2345-7</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Unité (UCUM) :</source>
        <translation>&amp;Unit (UCUM):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ex. mmol/L, g/L, 10*9/L</source>
        <translation>e.g. mmol/L, g/L, 10*9/L</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unité a&amp;ffichée :</source>
        <translation>Displayed u&amp;nit:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ex. G/L (vide : unité UCUM)</source>
        <translation>e.g. G/L (empty: UCUM unit)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>É&amp;chantillon :</source>
        <translation>Spe&amp;cimen:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ex. SER, BLD, UR</source>
        <translation>e.g. SER, BLD, UR</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Méthode :</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Décimales :</source>
        <translation>&amp;Decimals:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>telles que mesurées</source>
        <translation>as measured</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tube, paillasse, renseignements</source>
        <translation>Tube, bench, clinical information</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Paillasse :</source>
        <translation>&amp;Bench:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Tube :</source>
        <translation>&amp;Tube:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Renseignements cliniques demandés à la prescription :</source>
        <translation>&amp;Clinical information asked when ordering:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Les tubes d'un dossier sont prévus par type de tube ; une analyse calculée n'a pas de tube. Les renseignements cochés sont demandés à la saisie du dossier.</source>
        <translation>A dossier's tubes are planned per tube type; a calculated analysis has no tube. The checked information is asked when the dossier is entered.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Seconde unité et formule</source>
        <translation>Second unit and formula</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Seconde unité (UCUM) :</source>
        <translation>&amp;Second unit (UCUM):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ex. mg/dL (vide : aucune)</source>
        <translation>e.g. mg/dL (empty: none)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Facteur de conversion :</source>
        <translation>Conversion &amp;factor:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>valeur × facteur = valeur dans la seconde unité, ex. 18,016</source>
        <translation>value × factor = value in the second unit, e.g. 18.016</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Second L&amp;OINC :</source>
        <translation>Second L&amp;OINC:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>code LOINC du résultat dans la seconde unité</source>
        <translation>LOINC code of the result in the second unit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>F&amp;ormule :</source>
        <translation>F&amp;ormula:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>analyse calculée, ex. CHOL - HDL - TG / 2.2 (point décimal)</source>
        <translation>calculated analysis, e.g. CHOL - HDL - TG / 2.2 (decimal point)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Formule : codes locaux des analyses, AGE, FEMALE, + - * / ^, min, max, exp, ln, pow, abs, if, require. Vide pour une analyse mesurée.</source>
        <translation>Formula: local analysis codes, AGE, FEMALE, + - * / ^, min, max, exp, ln, pow, abs, if, require. Empty for a measured analysis.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Contrôle delta : variation par rapport à l'antériorité la plus récente dans la fenêtre, signalée au biologiste dès qu'un seuil est atteint. Tout vide : pas de contrôle.</source>
        <translation>Delta check: change from the most recent previous result within the window, flagged to the biologist as soon as a threshold is reached. All empty: no check.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Seuil delta a&amp;bsolu :</source>
        <translation>A&amp;bsolute delta threshold:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>dans l'unité de l'analyse, ex. 1,5</source>
        <translation>in the analysis unit, e.g. 1.5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Seuil delta &amp;relatif (%) :</source>
        <translation>&amp;Relative delta threshold (%):</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+17" />
        <source>ex. 30</source>
        <translation>e.g. 30</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Fenêtre delta (&amp;jours) :</source>
        <translation>Delta window (&amp;days):</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Valeurs codées</source>
        <translation>Coded values</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Réponses possibles d'un résultat codé (code, libellé imprimé, anormale : le résultat est signalé A).</source>
        <translation>Possible answers of a coded result (code, printed label, abnormal: the result is flagged A).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ajouter une &amp;valeur</source>
        <translation>Add a &amp;value</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Supprimer la valeur</source>
        <translation>Remove the value</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Codes automates</source>
        <translation>Analyzer codes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Code de test envoyé par chaque automate pour cette analyse (ASTM / HL7).</source>
        <translation>Test code each analyzer sends for this analysis (ASTM / HL7).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ajouter un code &amp;automate</source>
        <translation>Add an &amp;analyzer code</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Supprimer le code</source>
        <translation>Remove the code</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Moti&amp;f de la modification :</source>
        <translation>Reason &amp;for the change:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>obligatoire, conservé dans l'historique du catalogue</source>
        <translation>required, kept in the catalogue history</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../src/app/shell/AppSettings.cpp" line="+109" />
        <source>L'adresse de la base doit commencer par sqlite:// ou postgresql://.</source>
        <translation>The database address must start with sqlite:// or postgresql://.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>L'adresse SQLite doit indiquer un chemin de fichier.</source>
        <translation>The SQLite address must give a file path.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L'adresse PostgreSQL doit indiquer un serveur et une base.</source>
        <translation>The PostgreSQL address must give a server and a database.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le délai de verrouillage doit être compris entre %1 et %2 minutes.</source>
        <translation>The lock delay must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Langue inconnue : « %1 ».</source>
        <translation>Unknown language: "%1".</translation>
    </message>
    <message>
        <location line="+6" />
        <source>L'adresse du service INSi doit être une URL http:// ou https://.</source>
        <translation>The INSi service address must be an http:// or https:// URL.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Imprimante d'étiquettes « %1 » : tcp://HÔTE[:PORT] (port brut, 9100 par défaut) ou cups:FILE attendu.</source>
        <translation>Label printer “%1”: tcp://HOST[:PORT] (raw port, 9100 by default) or cups:QUEUE expected.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Journal du trafic automates : indiquez un chemin absolu (ex. /var/log/sgl/automates).</source>
        <translation>Analyzer traffic log: enter an absolute path (e.g. /var/log/sgl/automates).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Carte CPS — module de la carte : indiquez le chemin absolu du module PKCS#11.</source>
        <translation>CPS card — card module: give the absolute path of the PKCS#11 module.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Carte CPS — service INSi (mode CPx) : une URL https:// est attendue.</source>
        <translation>CPS card — INSi service (CPx mode): an https:// URL is expected.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pro Santé Connect — adresse du fournisseur : une URL https:// est attendue.</source>
        <translation>Pro Santé Connect — provider address: an https:// URL is expected.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pro Santé Connect — identifiant client (client_id) manquant.</source>
        <translation>Pro Santé Connect — client identifier (client_id) missing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pro Santé Connect — passerelle du laboratoire : une URL https:// est attendue.</source>
        <translation>Pro Santé Connect — laboratory gateway: an https:// URL is expected.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pro Santé Connect — port de retour local : un port entre 1024 et 65535 est attendu (celui de l'adresse de retour déclarée).</source>
        <translation>Pro Santé Connect — local return port: a port between 1024 and 65535 is expected (the one of the declared redirect address).</translation>
    </message>
</context>
<context>
    <name>BatchReleaseDialog</name>
    <message>
        <location filename="../../src/app/validation/ui/BatchReleaseDialog.ui" line="+9" />
        <source>Libération par lot</source>
        <translation>Batch release</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Votre mot de passe :</source>
        <translation>Your password:</translation>
    </message>
</context>
<context>
    <name>BenchEditDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ui/BenchEditDialog.ui" line="+14" />
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ex. BIOCH (définitif : les analyses le désignent)</source>
        <translation>e.g. BIOCH (final: analyses refer to it)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>nom affiché sur les listes de travail, ex. Biochimie</source>
        <translation>name shown on worklists, e.g. Biochemistry</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>obligatoire, conservé dans l'historique du catalogue</source>
        <translation>required, kept in the catalogue history</translation>
    </message>
</context>
<context>
    <name>BenchPanel</name>
    <message>
        <location filename="../../src/app/catalogue/ui/BenchPanel.ui" line="+17" />
        <source>Les paillasses organisent les listes de travail : chaque analyse indique la paillasse qui la réalise (onglet « Tube, paillasse, renseignements » de l'analyse). Le code d'une paillasse est définitif ; son libellé peut changer.</source>
        <translation>Benches organise the worklists: each analysis names the bench performing it (its “Tube, bench, clinical information” tab). A bench's code is final; its label may change.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Nouvelle paillasse…</source>
        <translation>&amp;New bench…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reno&amp;mmer…</source>
        <translation>Rena&amp;me…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Histori&amp;que…</source>
        <translation>Histor&amp;y…</translation>
    </message>
</context>
<context>
    <name>BenchView</name>
    <message>
        <location filename="../../src/app/bench/ui/BenchView.ui" line="+13" />
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Paillasse :</source>
        <translation>Bench:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Automate :</source>
        <translation>Analyzer:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Priorité :</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Choisissez un dossier dans la liste de travail.</source>
        <translation>Choose a dossier in the worklist.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Valider la sélection</source>
        <translation>Validate selection</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Valider le dossier</source>
        <translation>Validate dossier</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Valider la paillasse</source>
        <translation>Validate bench</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Repasser / diluer…</source>
        <translation>Rerun / dilute…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Historique du résultat sélectionné</source>
        <translation>Selected result history</translation>
    </message>
</context>
<context>
    <name>CallBackDialog</name>
    <message>
        <location filename="../../src/app/validation/ui/CallBackDialog.ui" line="+9" />
        <source>Rappel d'une valeur critique</source>
        <translation>Critical value call-back</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Personne appelée :</source>
        <translation>Person called:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dr Claire BERNARD, IDE cardiologie…</source>
        <translation>Dr Claire BERNARD, cardiology nurse…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Moyen :</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Heure de l'appel :</source>
        <translation>Time of call:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Relecture de la valeur confirmée par la personne appelée</source>
        <translation>Read-back of the value confirmed by the person called</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Injoignable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mesure prise :</source>
        <translation>Action taken:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Médecin de garde prévenu, SAMU…</source>
        <translation>On-call doctor notified, emergency services…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Commentaire :</source>
        <translation>Comment:</translation>
    </message>
</context>
<context>
    <name>CatalogueExchangeDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ui/CatalogueExchangeDialog.ui" line="+9" />
        <source>Export et import du catalogue</source>
        <translation>Catalogue export and import</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Fichier (CSV, FHIR Bundle ou ConceptMap JSON) :</source>
        <translation>&amp;File (CSV, FHIR Bundle or ConceptMap JSON):</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+20" />
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Fichier des &amp;plages (CSV, facultatif) :</source>
        <translation>&amp;Ranges file (CSV, optional):</translation>
    </message>
    <message>
        <location line="+33" />
        <source>&amp;Mode :</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>M&amp;otif :</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Prévisualiser</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location line="-80" />
        <source>Fo&amp;rmat :</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
</context>
<context>
    <name>CatalogueHistoryDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ui/CatalogueHistoryDialog.ui" line="+9" />
        <source>Historique des modifications</source>
        <translation>Change history</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../src/app/catalogue/ui/CatalogueView.ui" line="+17" />
        <source>Catalogue des examens</source>
        <translation>Exam catalogue</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>code, libellé, LOINC ou code automate</source>
        <translation>code, label, LOINC or analyzer code</translation>
    </message>
    <message>
        <location line="+103" />
        <source>&amp;Valeurs de référence…</source>
        <translation>&amp;Reference ranges…</translation>
    </message>
    <message>
        <location line="-86" />
        <source>&amp;Historique…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Afficher les éléments re&amp;tirés</source>
        <translation>Show re&amp;tired items</translation>
    </message>
    <message>
        <location line="+14" />
        <source>E&amp;xport / import…</source>
        <translation>E&amp;xport / import…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A&amp;ctualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Chapitres, examens et analyses</source>
        <translation>Chapters, exams and analyses</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nouveau cha&amp;pitre…</source>
        <translation>New cha&amp;pter…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nouvel e&amp;xamen…</source>
        <translation>New e&amp;xam…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nouvelle a&amp;nalyse…</source>
        <translation>New a&amp;nalysis…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>R&amp;etirer…</source>
        <translation>R&amp;etire…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Supprimer l'analyse…</source>
        <translation>&amp;Delete the analysis…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Paillasses</source>
        <translation>Benches</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Règles réflexes</source>
        <translation>Reflex rules</translation>
    </message>
</context>
<context>
    <name>ChapterEditDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ui/ChapterEditDialog.ui" line="+14" />
        <source>Chapitre</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ex. HEMATO</source>
        <translation>e.g. HEMATO</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>titre imprimé sur le compte rendu</source>
        <translation>title printed on the report</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code L&amp;OINC de section :</source>
        <translation>Section L&amp;OINC code:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ex. 18723-7 (section CR-BIO)</source>
        <translation>e.g. 18723-7 (CR-BIO section)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Chapitre &amp;parent :</source>
        <translation>&amp;Parent chapter:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Ordre :</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>obligatoire, conservé dans l'historique du catalogue</source>
        <translation>required, kept in the catalogue history</translation>
    </message>
</context>
<context>
    <name>DirectoryAdminView</name>
    <message>
        <location filename="../../src/app/admin/ui/DirectoryAdminView.ui" line="+12" />
        <source>Annuaire Santé (RPPS)</source>
        <translation>Annuaire Santé (RPPS)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Extraction en service</source>
        <translation>Extraction in use</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Importer des fichiers…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Rechercher un professionnel</source>
        <translation>Search for a practitioner</translation>
    </message>
</context>
<context>
    <name>DirectorySearchPanel</name>
    <message>
        <location filename="../../src/app/widgets/ui/DirectorySearchPanel.ui" line="+17" />
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>début du nom</source>
        <translation>start of the name</translation>
    </message>
    <message>
        <location line="+5" />
        <source>R&amp;PPS :</source>
        <translation>R&amp;PPS:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>11 chiffres</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Ville :</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>nom ou code postal</source>
        <translation>name or postcode</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pro&amp;fession :</source>
        <translation>Pro&amp;fession:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>médecin, 10…</source>
        <translation>médecin, 10…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Chercher</source>
        <translation>&amp;Search</translation>
    </message>
</context>
<context>
    <name>DispatchView</name>
    <message>
        <location filename="../../src/app/dispatch/ui/DispatchView.ui" line="+17" />
        <source>Envois (DMP, MSSanté)</source>
        <translation>Sendings (DMP, MSSanté)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Envois</source>
        <translation>Sendings</translation>
    </message>
    <message>
        <location line="+8" />
        <source>É&amp;tat :</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ca&amp;nal :</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Dossier :</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>numéro ou début du numéro</source>
        <translation>number or start of the number</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A&amp;ctualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Relancer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Annuler l'envoi…</source>
        <translation>&amp;Cancel the sending…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Relancer &amp;tous les envois à reprendre…</source>
        <translation>Re-send &amp;all sendings to be resumed…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relancer maintenant tous les envois listés en échec ou à reprendre (après une panne du DMP, un certificat corrigé…), avec la progression</source>
        <translation>Re-send now every listed sending that failed or is to be resumed (after a DMP outage, a fixed certificate…), with progress</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Essais de l'envoi sélectionné</source>
        <translation>Attempts of the selected sending</translation>
    </message>
</context>
<context>
    <name>DossierTexts</name>
    <message>
        <location filename="../../src/app/validation/DossierTexts.cpp" line="+13" />
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+2" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Service hospitalier</source>
        <translation>Hospital ward</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Service %1</source>
        <translation>Ward %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Externe</source>
        <translation>External</translation>
    </message>
    <message>
        <location line="+16" />
        <source>né(e) le %1</source>
        <translation>born on %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
        <translation>Request &lt;b&gt;%1&lt;/b&gt; (%2, %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prescripteur : %1</source>
        <translation>Prescriber: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>prélevé le %1</source>
        <translation>collected on %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Grossesse : %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pregnancy: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Traitements : %1</source>
        <translation>Treatments: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Renseignements : %1</source>
        <translation>Clinical information: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Non-conformités : %1</source>
        <translation>Non-conformities: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Valeur critique : enregistrez le rappel du prescripteur (Ctrl+T) avant de valider.</source>
        <translation>Critical value: record the prescriber call-back (Ctrl+T) before validating.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alerte(s) delta : %1</source>
        <translation>Delta alert(s): %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Prescription : %1</source>
        <translation>Prescription: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (réserve) : %2</source>
        <translation>%1 (reservation): %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aucun commentaire.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;%1&lt;/b&gt; : %2 → %3 %4. %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 → %3 %4. %5</translation>
    </message>
</context>
<context>
    <name>ExamEditDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ui/ExamEditDialog.ui" line="+14" />
        <source>Examen</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ex. NFS</source>
        <translation>e.g. NFS</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ex. Hémogramme</source>
        <translation>e.g. Complete blood count</translation>
    </message>
    <message>
        <location line="+7" />
        <source>LOINC de la &amp;batterie :</source>
        <translation>&amp;Battery LOINC:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ex. 58410-2 (facultatif)</source>
        <translation>e.g. 58410-2 (optional)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>C&amp;hapitre :</source>
        <translation>C&amp;hapter:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Analyses, dans l'ordre du compte rendu :</source>
        <translation>Analyses, in report order:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Retirer de l'examen</source>
        <translation>&amp;Remove from the exam</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Ajouter l'analyse :</source>
        <translation>&amp;Add the analysis:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Ajou&amp;ter</source>
        <translation>Ad&amp;d</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>obligatoire, conservé dans l'historique du catalogue</source>
        <translation>required, kept in the catalogue history</translation>
    </message>
</context>
<context>
    <name>InsiLookupDialog</name>
    <message>
        <location filename="../../src/app/reception/ui/InsiLookupDialog.ui" line="+9" />
        <source>Qualification de l'identité (INSi)</source>
        <translation>Identity qualification (INSi)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Motif du refus :</source>
        <translation>Refusal &amp;reason:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Refuser l'identité INSi</source>
        <translation>&amp;Refuse the INSi identity</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Accepter l'identité INSi</source>
        <translation>&amp;Accept the INSi identity</translation>
    </message>
</context>
<context>
    <name>LabLetterhead</name>
    <message>
        <location filename="../../src/app/admin/LabLetterhead.cpp" line="+34" />
        <source>Le nom du laboratoire est obligatoire (en-tête des comptes rendus).</source>
        <translation>The laboratory name is required (report letterhead).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le numéro FINESS doit comporter 9 caractères (chiffres, 2A ou 2B pour la Corse).</source>
        <translation>The FINESS number must have 9 characters (digits, 2A or 2B for Corsica).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le code postal doit comporter 5 chiffres.</source>
        <translation>The postal code must have 5 digits.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le téléphone du laboratoire doit comporter au moins 10 chiffres.</source>
        <translation>The laboratory phone number must have at least 10 digits.</translation>
    </message>
</context>
<context>
    <name>LabelLayoutEditor</name>
    <message>
        <location filename="../../src/app/admin/ui/LabelLayoutEditor.ui" line="+8" />
        <source>Format (mm)</source>
        <translation>Size (mm)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Largeur</source>
        <translation>Width</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+17" />
        <location line="+17" />
        <location line="+17" />
        <location line="+17" />
        <location line="+17" />
        <location line="+17" />
        <location line="+17" />
        <location line="+17" />
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="-126" />
        <source>Hauteur</source>
        <translation>Height</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Marge gauche</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Marge haute</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Marge droite</source>
        <translation>Right margin</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Marge basse</source>
        <translation>Bottom margin</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Hauteur du code-barres</source>
        <translation>Barcode height</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Largeur de module</source>
        <translation>Module width</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Hauteur de ligne de texte</source>
        <translation>Text line height</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Symbologie</source>
        <translation>Symbology</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Résolution de l'imprimante</source>
        <translation>Printer resolution</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Zones de silence autour du code-barres (norme)</source>
        <translation>Quiet zones around the barcode (standard)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Mentions imprimées</source>
        <translation>Printed fields</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aperçu (patient fictif)</source>
        <translation>Preview (fictitious patient)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/app/shell/ui/LoginDialog.ui" line="+9" />
        <source>Connexion – SGL</source>
        <translation>Sign in – SGL</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Système de gestion de laboratoire</source>
        <translation>Laboratory information system</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/app/shell/ui/MainWindow.ui" line="+9" />
        <source>SGL – Laboratoire de biologie médicale</source>
        <translation>SGL – Medical biology laboratory</translation>
    </message>
    <message>
        <location line="+46" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Verrouiller le poste</source>
        <translation>&amp;Lock the workstation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8" />
        <source>À &amp;propos de SGL</source>
        <translation>&amp;About SGL</translation>
    </message>
</context>
<context>
    <name>NavigationPolicy</name>
    <message>
        <location filename="../../src/app/shell/NavigationPolicy.cpp" line="+76" />
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comptes rendus</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Réception des tubes</source>
        <translation>Tube reception</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Messages en attente</source>
        <translation>Held messages</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automates</source>
        <translation>Analyzers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Envois</source>
        <translation>Sendings</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contrôle qualité</source>
        <translation>Quality control</translation>
    </message>
</context>
<context>
    <name>NonConformityDialog</name>
    <message>
        <location filename="../../src/app/specimens/ui/NonConformityDialog.ui" line="+9" />
        <source>Non-conformité du tube</source>
        <translation>Tube non-conformity</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>obligatoire pour le motif « Autre »</source>
        <translation>required for the “Other” reason</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Conséquence pour chaque analyse du tube :</source>
        <translation>Consequence for each analysis of the tube:</translation>
    </message>
</context>
<context>
    <name>PatientMergeDialog</name>
    <message>
        <location filename="../../src/app/reception/ui/PatientMergeDialog.ui" line="+9" />
        <source>Doublons d'identité — fusion de dossiers patient</source>
        <translation>Identity duplicates — merging patient records</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Doublons probables des patients affichés à l'accueil (score de ressemblance et motifs). Sélectionnez une paire pour comparer les deux identités.</source>
        <translation>Probable duplicates of the patients shown at reception (similarity score and reasons). Select a pair to compare the two identities.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Dossier patient conservé</source>
        <translation>Patient record kept</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Motif de la fusion :</source>
        <translation>&amp;Reason for the merge:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>obligatoire, conservé dans le journal des fusions</source>
        <translation>required, kept in the merge log</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Revenir</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Confirmer la fusion définitive</source>
        <translation>&amp;Confirm the permanent merge</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+11" />
        <source>F&amp;ermer</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Fusionner…</source>
        <translation>&amp;Merge…</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <location filename="../../src/app/reception/ui/ReceptionView.ui" line="+17" />
        <source>Accueil – patients</source>
        <translation>Home – patients</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>nom de naissance ou d'usage</source>
        <translation>birth or used name</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Né(e) l&amp;e :</source>
        <translation>Born &amp;on:</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+215" />
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-202" />
        <source>I&amp;PP :</source>
        <translation>&amp;Patient ID:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>N° dossier / tube :</source>
        <translation>Dossier / tube no.:</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+3" />
        <source>N° de dossier ou code-barres du tube</source>
        <translation>Dossier number or tube barcode</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Recherche &amp;approchée</source>
        <translation>&amp;Approximate search</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nou&amp;veau patient</source>
        <translation>New &amp;patient</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Doub&amp;lons…</source>
        <translation>Dup&amp;licates…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Doublons probables du patient sélectionné (ou des patients trouvés) et fusion de deux dossiers</source>
        <translation>Probable duplicates of the selected patient (or of the patients found) and merging of two records</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Traits stricts (référentiel INS)</source>
        <translation>Strict traits (INS referential)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nom de &amp;naissance :</source>
        <translation>Birth &amp;name:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Prénoms de nai&amp;ssance :</source>
        <translation>Birth first name&amp;s:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>dans l'ordre de l'état civil, séparés par des espaces</source>
        <translation>in civil registry order, separated by spaces</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Date de naissance :</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Se&amp;xe :</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Lieu de naissance (&amp;COG) :</source>
        <translation>Birth place (&amp;COG):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>code INSEE de la commune, 99xxx pour un pays</source>
        <translation>INSEE code of the town, 99xxx for a country</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Traits d'usage et contact</source>
        <translation>Used traits and contact</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nom &amp;utilisé :</source>
        <translation>&amp;Used name:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Prénom u&amp;tilisé :</source>
        <translation>Used first na&amp;me:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Courriel :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A&amp;dresse :</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Attributs de l'identité</source>
        <translation>Identity attributes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Identité d&amp;outeuse</source>
        <translation>D&amp;oubtful identity</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Identité &amp;fictive</source>
        <translation>&amp;Fictitious identity</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Homonyme</source>
        <translation>&amp;Homonym</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Appliquer les attri&amp;buts</source>
        <translation>Apply attri&amp;butes</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pièces d'identité contrôlées</source>
        <translation>Identity documents checked</translation>
    </message>
    <message>
        <location line="+27" />
        <source>n° du document (facultatif)</source>
        <translation>document number (optional)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A&amp;jouter la pièce</source>
        <translation>Add the &amp;document</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Interroger l'&amp;INSi</source>
        <translation>Query &amp;INSi</translation>
    </message>
    <message>
        <location line="-255" />
        <source>Créer quand même (autre personne)</source>
        <translation>Create anyway (another person)</translation>
    </message>
    <message>
        <location line="+280" />
        <source>A&amp;nnuler</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>ReferenceRangeDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ui/ReferenceRangeDialog.ui" line="+9" />
        <source>Valeurs de référence</source>
        <translation>Reference ranges</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&amp;Ajouter une plage</source>
        <translation>&amp;Add a range</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Supprimer la plage</source>
        <translation>&amp;Remove the range</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Motif (obligatoire) :</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>ReflexRuleDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ui/ReflexRuleDialog.ui" line="+14" />
        <source>Règle réflexe</source>
        <translation>Reflex rule</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ex. RFX-TSH-HAUTE</source>
        <translation>e.g. RFX-TSH-HAUTE</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>montré au biologiste, ex. TSH élevée : T4 libre</source>
        <translation>shown to the biologist, e.g. High TSH: free T4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Analyse déclenchante :</source>
        <translation>Trigger &amp;analysis:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>C&amp;ondition :</source>
        <translation>C&amp;ondition:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Seuil :</source>
        <translation>&amp;Threshold:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ex. 4,5</source>
        <translation>e.g. 4.5</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Valeurs codées :</source>
        <translation>Coded &amp;values:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A&amp;joute :</source>
        <translation>A&amp;dds:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A&amp;utomatique : ajoutée sans demander au biologiste (protocole convenu avec les prescripteurs)</source>
        <translation>A&amp;utomatic: added without asking the biologist (protocol agreed with the prescribers)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ac&amp;tive</source>
        <translation>Ac&amp;tive</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>obligatoire, conservé dans l'historique du catalogue</source>
        <translation>required, kept in the catalogue history</translation>
    </message>
</context>
<context>
    <name>ReflexRulePanel</name>
    <message>
        <location filename="../../src/app/catalogue/ui/ReflexRulePanel.ui" line="+17" />
        <source>Quand le résultat de l'analyse déclenchante remplit la condition, l'analyse ou l'examen est proposé au biologiste, ou ajouté sans demander si la règle est automatique.</source>
        <translation>When the trigger analysis' result meets the condition, the analysis or exam is proposed to the biologist, or added without asking when the rule is automatic.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Nouvelle règle…</source>
        <translation>&amp;New rule…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Mo&amp;difier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Supprim&amp;er…</source>
        <translation>D&amp;elete…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Histori&amp;que…</source>
        <translation>Histor&amp;y…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../src/app/reports/ui/ReportsView.ui" line="+17" />
        <source>Comptes rendus</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A&amp;ctualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Motif de rectification :</source>
        <translation>Amendment &amp;reason:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>obligatoire pour une nouvelle version</source>
        <translation>required for a new version</translation>
    </message>
    <message>
        <location line="+13" />
        <source>É&amp;mettre le compte rendu</source>
        <translation>&amp;Issue the report</translation>
    </message>
    <message>
        <location line="+77" />
        <source>&amp;Masquage DMP…</source>
        <translation>DMP &amp;masking…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Masquer ou démasquer la version affichée dans le DMP, avec un motif</source>
        <translation>Mask or unmask the displayed version in the DMP, with a reason</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Re&amp;tirer du DMP…</source>
        <translation>Wi&amp;thdraw from the DMP…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Retirer la version affichée du DMP (suppression), avec un motif</source>
        <translation>Withdraw the displayed version from the DMP (deletion), with a reason</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Compte rendu (&amp;PDF)</source>
        <translation>Report (&amp;PDF)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>CDA (&amp;N3)</source>
        <translation>CDA (&amp;N3)</translation>
    </message>
</context>
<context>
    <name>RerunDialog</name>
    <message>
        <location filename="../../src/app/bench/ui/RerunDialog.ui" line="+9" />
        <source>Repasser ou diluer</source>
        <translation>Rerun or dilute</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Demande :</source>
        <translation>Request:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dilution au 1/ :</source>
        <translation>Dilution 1/:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Motif (obligatoire) :</source>
        <translation>Reason (required):</translation>
    </message>
</context>
<context>
    <name>RppsFlag</name>
    <message>
        <location filename="../../src/app/widgets/RppsFlag.cpp" line="+33" />
        <source>RPPS inconnu de l'Annuaire Santé (extraction du %1)</source>
        <translation>RPPS unknown to the Annuaire Santé (extraction of %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RPPS inconnu de l'Annuaire Santé</source>
        <translation>RPPS unknown to the Annuaire Santé</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../src/app/validation/ui/SendBackDialog.ui" line="+9" />
        <source>Renvoyer à la paillasse</source>
        <translation>Send back to the bench</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Demande :</source>
        <translation>Request:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dilution au 1/ :</source>
        <translation>Dilution 1/:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Motif (obligatoire) :</source>
        <translation>Reason (required):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/app/shell/ui/SettingsDialog.ui" line="+9" />
        <source>Paramètres du poste</source>
        <translation>Workstation settings</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Base de données :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>sqlite:///chemin/vers/sgl.sqlite ou postgresql://utilisateur@serveur:5432/base</source>
        <translation>sqlite:///path/to/sgl.sqlite or postgresql://user@server:5432/database</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Verrouillage après :</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location line="+10" />
        <source> min d'inactivité</source>
        <translation> min of inactivity</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Service &amp;INSi :</source>
        <translation>&amp;INSi service:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>http://127.0.0.1:8443/insi</source>
        <translation>http://127.0.0.1:8443/insi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Imprimante d'é&amp;tiquettes :</source>
        <translation>&amp;Label printer:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>tcp://zebra-accueil:9100 ou cups:Zebra (vide : impression par le système)</source>
        <translation>tcp://zebra-desk:9100 or cups:Zebra (empty: system printing)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Passerelle &amp;automates intégrée (démarre à la connexion, s'arrête à la déconnexion)</source>
        <translation>Built-in &amp;analyzer gateway (starts at login, stops at logout)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pour un laboratoire à un seul poste : ce poste ouvre lui-même les liaisons des profils d'automates actifs. Ailleurs, le service sgl gateway s'en charge sur un serveur.</source>
        <translation>For a single-workstation laboratory: this workstation opens the links of the active analyzer profiles itself. Elsewhere, the sgl gateway service does it on a server.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Journal du trafic automates :</source>
        <translation>Analyzer traffic &amp;log:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>dossier des octets échangés, par liaison (vide : pas de journal)</source>
        <translation>folder of the bytes exchanged, per link (empty: no log)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Envoyer les comptes rendus depuis ce poste (DMP, MSSanté ; de la connexion à la déconnexion)</source>
        <translation>&amp;Send reports from this workstation (DMP, MSSanté; from login to logout)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Les canaux et leurs certificats viennent du fichier de configuration ([dmp], [mssante]). Plusieurs postes et le service sgl dispatch peuvent envoyer ensemble : un document n'est jamais envoyé deux fois.</source>
        <translation>Channels and their certificates come from the configuration file ([dmp], [mssante]). Several workstations and the sgl dispatch service can send at the same time: a document is never sent twice.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Laboratoire</source>
        <translation>&amp;Laboratory</translation>
    </message>
    <message>
        <location line="+6" />
        <source>En-tête des comptes rendus, commun à tous les postes (enregistré dans la base).</source>
        <translation>Report letterhead, shared by all workstations (stored in the database).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Nom du laboratoire :</source>
        <translation>Laboratory &amp;name:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>N° &amp;FINESS :</source>
        <translation>&amp;FINESS number:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Code &amp;postal :</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Ville :</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>La base de données et la langue sont prises en compte au prochain démarrage.</source>
        <translation>The database and the language take effect at the next start.</translation>
    </message>
</context>
<context>
    <name>SharingChoicesPanel</name>
    <message>
        <location filename="../../src/app/widgets/ui/SharingChoicesPanel.ui" line="+6" />
        <source>Partage du compte rendu (F9)</source>
        <translation>Report sharing (F9)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>DMP : envoi par défaut</source>
        <translation>DMP: sent by default</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ne pas envoyer au DMP</source>
        <translation>Do not send to the DMP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Décision pour ce seul document (opposition du patient…) : motif obligatoire</source>
        <translation>Decision for this document only (patient objection…): reason required</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Motif de non-envoi (obligatoire)</source>
        <translation>Reason for not sending (required)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Masqué aux professionnels</source>
        <translation>Hidden from professionals</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Invisible au patient (annonce)</source>
        <translation>Invisible to the patient (disclosure)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invisible au patient jusqu'à la consultation d'annonce</source>
        <translation>Invisible to the patient until the disclosure consultation</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Invisible aux repr. légaux</source>
        <translation>Invisible to legal repr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invisible aux représentants légaux (patient mineur)</source>
        <translation>Invisible to legal representatives (minor patient)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copie au patient par MSSanté</source>
        <translation>Copy to the patient via MSSanté</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copie MSSanté au patient : INS non qualifiée.</source>
        <translation>MSSanté copy to the patient: INS not qualified.</translation>
    </message>
</context>
<context>
    <name>SpecimenReceptionView</name>
    <message>
        <location filename="../../src/app/specimens/ui/SpecimenReceptionView.ui" line="+12" />
        <source>Réception des tubes</source>
        <translation>Tube reception</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Code-barres du tube :</source>
        <translation>Tube &amp;barcode:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>scannez l'étiquette (ou saisissez le code puis Entrée)</source>
        <translation>scan the label (or type the code then Enter)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Rester sur ce dossier</source>
        <translation>&amp;Stay on this dossier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refuse les tubes d'un autre dossier que celui affiché</source>
        <translation>Rejects tubes from any dossier other than the one displayed</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Scans du jour</source>
        <translation>Today's scans</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Aucun dossier : scannez un tube.</source>
        <translation>No dossier: scan a tube.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>&amp;Non-conformité…</source>
        <translation>&amp;Non-conformity…</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../../src/interop/hl7v2/MllpClient.cpp" line="+17" />
        <source>Échec de la connexion MLLP : %1</source>
        <translation>MLLP connection failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/insi/InsiClient.cpp" line="+29" />
        <source>Le service INSi n'a pas répondu dans le délai de %1 s. L'identité n'a pas été modifiée ; réessayez plus tard.</source>
        <translation>The INSi service did not answer within %1 s. The identity was not changed; try again later.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le service INSi est injoignable (%1). L'identité n'a pas été modifiée.</source>
        <translation>The INSi service cannot be reached (%1). The identity was not changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le certificat du serveur INSi n'est pas reconnu (autorité non approuvée ou nom incorrect) : connexion refusée. Détail : %1</source>
        <translation>The INSi server certificate is not recognised (untrusted authority or wrong name): connection refused. Detail: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Échec de la connexion sécurisée (TLS) avec le service INSi : %1</source>
        <translation>Secure (TLS) connection with the INSi service failed: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le service INSi a interrompu la connexion sans répondre (certificat client probablement refusé ; détail : %1). L'identité n'a pas été modifiée.</source>
        <translation>The INSi service closed the connection without answering (client certificate probably refused; detail: %1). The identity was not changed.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Réponse INSi anormalement volumineuse (plus de %1 octets) : ignorée.</source>
        <translation>Abnormally large INSi response (more than %1 bytes): ignored.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>La connexion sécurisée (TLS) a été refusée par le service INSi (certificat client absent ou non reconnu ?) : %1</source>
        <translation>The secure (TLS) connection was refused by the INSi service (client certificate missing or not recognised?): %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Erreur réseau pendant l'appel INSi : %1. L'identité n'a pas été modifiée.</source>
        <translation>Network error during the INSi call: %1. The identity was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/interop/insi/InsiRequestBuilder.cpp" line="+32" />
        <source>Date de naissance invalide « %1 » : format attendu AAAA-MM-JJ (00 pour une partie inconnue).</source>
        <translation>Invalid birth date “%1”: expected format YYYY-MM-DD (00 for an unknown part).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Date de naissance invalide « %1 » : mois ou jour hors limites.</source>
        <translation>Invalid birth date “%1”: month or day out of range.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Contexte d'appel INSi incomplet (numéro d'autorisation IDAM, identifiants ou horodatage manquants).</source>
        <translation>Incomplete INSi call context (IDAM authorisation number, identifiers or timestamp missing).</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/PdfReportWriter.cpp" line="+32" />
        <source>Compte rendu incomplet : %1.</source>
        <translation>Incomplete report: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nom du patient absent</source>
        <translation>patient name missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>biologiste validateur absent</source>
        <translation>validating biologist missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>date d'édition absente</source>
        <translation>issue date missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>numéro de version invalide (%1)</source>
        <translation>invalid version number (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>un rectificatif doit désigner la version qu'il remplace</source>
        <translation>a corrected report must name the version it replaces</translation>
    </message>
    <message>
        <location line="+6" />
        <source>chapitre sans titre</source>
        <translation>chapter without a title</translation>
    </message>
    <message>
        <location line="+5" />
        <source>analyse sans libellé</source>
        <translation>analysis without a label</translation>
    </message>
    <message>
        <location line="+8" />
        <source>aucun résultat à imprimer</source>
        <translation>no result to print</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlElement.cpp" line="+55" />
        <source>Nom d'élément XML invalide : « %1 »</source>
        <translation>Invalid XML element name: “%1”</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+18" />
        <source>Préfixe d'espace de noms non déclaré : « %1 »</source>
        <translation>Undeclared namespace prefix: “%1”</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Nom d'attribut XML invalide : « %1 »</source>
        <translation>Invalid XML attribute name: “%1”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Caractère interdit en XML dans l'attribut « %1 »</source>
        <translation>Character not allowed in XML in attribute “%1”</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Caractère interdit en XML dans le texte de « %1 »</source>
        <translation>Character not allowed in XML in the text of “%1”</translation>
    </message>
    <message>
        <location filename="../../src/workflow/admin/UserAdmin.cpp" line="+39" />
        <source>Un utilisateur doit avoir au moins un rôle.</source>
        <translation>A user must have at least one role.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Un biologiste doit avoir un numéro RPPS de 11 chiffres.</source>
        <translation>A biologist must have an 11-digit RPPS number.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/auth/AuthService.cpp" line="+20" />
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Incorrect login or password.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Compte verrouillé après plusieurs échecs de connexion, jusqu'à %1 (heure locale). Un administrateur peut le déverrouiller.</source>
        <translation>Account locked after several failed sign-ins, until %1 (local time). An administrator can unlock it.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/auth/PermissionGuard.cpp" line="+14" />
        <source>Aucun utilisateur connecté.</source>
        <translation>No user signed in.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Action refusée : %1 n'a pas le droit d'%2.</source>
        <translation>Action refused: %1 is not allowed to %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action refusée : %1 n'a pas le droit de %2.</source>
        <translation>Action refused: %1 is not allowed to %2.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/MergePatients.cpp" line="+22" />
        <source>Indiquez le motif de la fusion.</source>
        <translation>Enter the reason for the merge.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/report/LabelLayoutSettings.cpp" line="+30" />
        <source>Réglage d'étiquette « %1 » invalide (« %2 ») : %3.</source>
        <translation>Invalid label setting “%1” (“%2”): %3.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlWriter.cpp" line="+46" />
        <source>Espace de noms de l'élément « %1 » non déclaré à cet endroit.</source>
        <translation>Namespace of element “%1” not declared at this point.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Espace de noms de l'attribut « %1 » non déclaré à cet endroit.</source>
        <translation>Namespace of attribute “%1” not declared at this point.</translation>
    </message>
    <message>
        <location filename="../../src/interop/dmp/DmpClient.cpp" line="+36" />
        <source>%1 du DMP introuvable ou illisible.</source>
        <translation>%1 for the DMP not found or unreadable.</translation>
    </message>
    <message>
        <location filename="../../src/interop/dmp/DmpHttp.cpp" line="+19" />
        <source>Le DMP n'a pas répondu dans le délai de %1 s ; nouvel essai plus tard.</source>
        <translation>The DMP did not respond within %1 s; will retry later.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le DMP est injoignable (%1).</source>
        <translation>The DMP is unreachable (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le certificat du serveur DMP n'est pas reconnu (autorité non approuvée ou nom incorrect) : connexion refusée. Détail : %1</source>
        <translation>The DMP server certificate is not recognised (untrusted authority or wrong name): connection refused. Details: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Échec de la connexion sécurisée (TLS 1.2) avec le DMP : %1. Vérifiez le certificat d'authentification de la structure et les autorités de confiance.</source>
        <translation>Secure connection (TLS 1.2) with the DMP failed: %1. Check the organisation's authentication certificate and the trusted authorities.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Réponse du DMP anormalement volumineuse (plus de %1 octets) : ignorée.</source>
        <translation>Abnormally large DMP response (more than %1 bytes): ignored.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>La connexion sécurisée a été refusée par le DMP (certificat client absent ou non reconnu ?) : %1</source>
        <translation>The DMP refused the secure connection (client certificate missing or not recognised?): %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Erreur réseau pendant l'appel au DMP : %1</source>
        <translation>Network error while calling the DMP: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlCertificates.cpp" line="+116" />
        <source>Signature XML mal formée : certificat X.509 illisible.</source>
        <translation>Malformed XML signature: unreadable X.509 certificate.</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+13" />
        <source>Le certificat de signature « %1 » n'est pas émis par une autorité de confiance : %2</source>
        <translation>The signing certificate “%1” is not issued by a trusted authority: %2</translation>
    </message>
    <message>
        <location line="-12" />
        <source>son usage de clé n'autorise pas la signature</source>
        <translation>its key usage does not allow signing</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le certificat de signature « %1 » n'est pas valide à cette date (expiré ou pas encore valide).</source>
        <translation>The signing certificate “%1” is not valid at this date (expired or not yet valid).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>aucune autorité de confiance configurée</source>
        <translation>no trusted authority configured</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlSecLibrary.cpp" line="+81" />
        <source>Identifiant XML « %1 » porté par plusieurs éléments : signature refusée.</source>
        <translation>XML identifier “%1” carried by several elements: signature rejected.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlSigner.cpp" line="+126" />
        <location line="+19" />
        <location line="+90" />
        <source>Échec de la signature XML : %1</source>
        <translation>XML signing failed: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Certificat de la clé de signature externe illisible.</source>
        <translation>Unreadable certificate of the external signing key.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>la carte n'a pas pu signer (retirée ou session fermée ?)</source>
        <translation>the card could not sign (removed or session closed?)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La clé de signature externe ne correspond pas à son certificat.</source>
        <translation>The external signing key does not match its certificate.</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscBackChannel.cpp" line="+25" />
        <source>Pro Santé Connect a répondu avec le statut HTTP %1 (%2).</source>
        <translation>Pro Santé Connect answered with HTTP status %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscHttp.cpp" line="+20" />
        <source>Pro Santé Connect n'a pas répondu dans le délai de %1 s.</source>
        <translation>Pro Santé Connect did not answer within %1 s.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pro Santé Connect est injoignable (%1).</source>
        <translation>Pro Santé Connect cannot be reached (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connexion sécurisée avec Pro Santé Connect refusée (certificat du serveur non reconnu ou nom incorrect) : %1</source>
        <translation>Secure connection with Pro Santé Connect refused (server certificate not recognised or wrong name): %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Réponse de Pro Santé Connect anormalement volumineuse (plus de %1 octets) : ignorée.</source>
        <translation>Abnormally large Pro Santé Connect response (more than %1 bytes): ignored.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Erreur réseau pendant l'appel à Pro Santé Connect : %1</source>
        <translation>Network error while calling Pro Santé Connect: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscUserInfo.cpp" line="+15" />
        <source>Informations du professionnel (UserInfo) illisibles : %1.</source>
        <translation>Unreadable practitioner information (UserInfo): %1.</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/AnnuaireFhirHttp.cpp" line="+21" />
        <source>L'Annuaire Santé (API FHIR) n'a pas répondu dans le délai de %1 s.</source>
        <translation>The Annuaire Santé (FHIR API) did not answer within %1 s.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>L'Annuaire Santé (API FHIR) est injoignable (%1).</source>
        <translation>The Annuaire Santé (FHIR API) cannot be reached (%1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connexion sécurisée avec l'Annuaire Santé refusée (certificat du serveur non reconnu ou nom incorrect) : %1</source>
        <translation>Secure connection with the Annuaire Santé refused (server certificate not recognised or wrong name): %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Réponse de l'Annuaire Santé trop volumineuse (plus de %1 octets).</source>
        <translation>Annuaire Santé response too large (more than %1 bytes).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Erreur réseau pendant l'appel à l'Annuaire Santé : %1</source>
        <translation>Network error while calling the Annuaire Santé: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/app/shell/ui/UnlockDialog.ui" line="+9" />
        <location line="+6" />
        <source>Poste verrouillé</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../src/app/admin/ui/UserEditDialog.ui" line="+9" />
        <source>Compte utilisateur</source>
        <translation>User account</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Nom affiché :</source>
        <translation>Display &amp;name:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>N° &amp;RPPS :</source>
        <translation>&amp;RPPS number:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>11 chiffres, obligatoire pour un biologiste</source>
        <translation>11 digits, required for a biologist</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rôles :</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Secrétaire</source>
        <translation>&amp;Secretary</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Technicien</source>
        <translation>&amp;Technician</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bio&amp;logiste</source>
        <translation>Bio&amp;logist</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Administrateur</source>
        <translation>&amp;Administrator</translation>
    </message>
</context>
<context>
    <name>ValidationCommands</name>
    <message>
        <location filename="../../src/app/validation/ValidationCommands.cpp" line="+43" />
        <source>partiel</source>
        <translation>partial</translation>
    </message>
    <message>
        <location line="+0" />
        <source>complet</source>
        <translation>complete</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, rectificatif de la version %1</source>
        <translation>, amending version %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n résultat(s) validé(s). Compte rendu version %1 (%2) émis ; %3</source>
        <translation>
            <numerusform>%n result validated. Report version %1 (%2) issued; %3</numerusform>
            <numerusform>%n results validated. Report version %1 (%2) issued; %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 renvoyé à la paillasse : %2.</source>
        <translation>%1 sent back to the bench: %2.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 corrigé (%2) : à valider de nouveau.</source>
        <translation>%1 corrected (%2): to be validated again.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n résultat(s) dévalidé(s) : la prochaine validation émettra un compte rendu rectificatif.</source>
        <translation>
            <numerusform>%n result unvalidated: the next validation will issue a corrected report.</numerusform>
            <numerusform>%n results unvalidated: the next validation will issue a corrected report.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Analyse %1 ajoutée : en attente à la paillasse.</source>
        <translation>Analysis %1 added: pending at the bench.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Rappel enregistré : %1 prévenu(e) de %2 (%3).</source>
        <translation>Call-back recorded: %1 informed of %2 (%3).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Proposition réflexe acceptée : %1 ajouté(s).</source>
        <translation>Reflex proposal accepted: %1 added.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Proposition réflexe refusée : %1.</source>
        <translation>Reflex proposal declined: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n dossier(s) libéré(s).</source>
        <translation>
            <numerusform>%n request released.</numerusform>
            <numerusform>%n requests released.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 non libéré : %2</source>
        <translation>%1 not released: %2</translation>
    </message>
</context>
<context>
    <name>ValidationDialogs</name>
    <message>
        <location filename="../../src/app/validation/ValidationDialogs.cpp" line="+30" />
        <source>Placez-vous sur le résultat à renvoyer.</source>
        <translation>Select the result to send back.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Placez-vous sur le résultat à corriger.</source>
        <translation>Select the result to correct.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Corriger une valeur</source>
        <translation>Correct a value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nouvelle valeur :</source>
        <translation>New value:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Sélectionnez les analyses à dévalider.</source>
        <translation>Select the analyses to unvalidate.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dévalider</source>
        <translation>Unvalidate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dévalider : %1.
La prochaine validation émettra un compte rendu rectificatif qui remplace le précédent.</source>
        <translation>Unvalidate: %1.
The next validation will issue a corrected report replacing the previous one.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Aucune analyse du catalogue ne peut être ajoutée à ce dossier.</source>
        <translation>No catalogue analysis can be added to this dossier.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aucune valeur critique (LL/HH) dans ce dossier : placez-vous sur le résultat concerné.</source>
        <translation>No critical value (LL/HH) in this request: select the result concerned.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Valeur critique — %1</source>
        <translation>Critical value — %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choisissez une proposition réflexe.</source>
        <translation>Choose a reflex proposal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refuser une proposition réflexe</source>
        <translation>Decline a reflex proposal</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Aucun dossier techniquement complet à libérer.</source>
        <translation>No technically complete request to release.</translation>
    </message>
</context>
<context>
    <name>ValidationReasonDialog</name>
    <message>
        <location filename="../../src/app/validation/ui/ValidationReasonDialog.ui" line="+18" />
        <source>Valeur :</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Motif (obligatoire) :</source>
        <translation>Reason (required):</translation>
    </message>
</context>
<context>
    <name>ValidationShortcuts</name>
    <message>
        <location filename="../../src/app/validation/ValidationShortcuts.cpp" line="+11" />
        <source>Ouvrir le dossier suivant de la file (déjà préchargé)</source>
        <translation>Open the next request in the queue (already preloaded)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valider le dossier entier</source>
        <translation>Validate the whole request</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valider les analyses sélectionnées (compte rendu partiel)</source>
        <translation>Validate the selected analyses (partial report)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valider le chapitre de l'analyse courante</source>
        <translation>Validate the chapter of the current analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enregistrer le rappel d'une valeur critique</source>
        <translation>Record the call-back for a critical value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Renvoyer le résultat courant à la paillasse (repasse, dilution, nouveau prélèvement)</source>
        <translation>Send the current result back to the bench (rerun, dilution, new sample)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corriger la valeur courante (motif obligatoire)</source>
        <translation>Correct the current value (reason required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dévalider les analyses sélectionnées (motif obligatoire)</source>
        <translation>Unvalidate the selected analyses (reason required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter une analyse au dossier</source>
        <translation>Add an analysis to the request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepter la proposition réflexe choisie</source>
        <translation>Accept the selected reflex proposal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refuser la proposition réflexe choisie (motif obligatoire)</source>
        <translation>Decline the selected reflex proposal (reason required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libération par lot (mot de passe demandé)</source>
        <translation>Batch release (password required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actualiser la file</source>
        <translation>Refresh the queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aller à la file (flèches puis Entrée pour ouvrir)</source>
        <translation>Go to the queue (arrows, then Enter to open)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aller aux résultats (Maj+flèches pour sélectionner)</source>
        <translation>Go to the results (Shift+arrows to select)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aller aux choix de partage du compte rendu</source>
        <translation>Go to the report sharing choices</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ajouter un commentaire (codé ou libre, imprimé ou interne) au dossier ou au résultat courant</source>
        <translation>Add a comment (coded or free text, printed or internal) to the dossier or the current result</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Raccourcis clavier :</source>
        <translation>Keyboard shortcuts:</translation>
    </message>
</context>
<context>
    <name>ValidationView</name>
    <message>
        <location filename="../../src/app/validation/ui/ValidationView.ui" line="+17" />
        <source>Validation biologique</source>
        <translation>Biological validation</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Raccourcis (survolez)</source>
        <translation>Shortcuts (hover)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Antériorités et tendance</source>
        <translation>Previous results and trend</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Réflexes</source>
        <translation>Reflexes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Accepter (Ctrl+Maj+P)</source>
        <translation>Accept (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refuser (Ctrl+Maj+D)</source>
        <translation>Decline (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>ValidationViewSetup</name>
    <message>
        <location filename="../../src/app/validation/ValidationViewSetup.cpp" line="+51" />
        <source>Urgents</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anormaux</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critiques</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non-conf.</source>
        <translation>Non-conf.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complets et partiels</source>
        <translation>Complete and partial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complets</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incomplets</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toutes paillasses</source>
        <translation>All benches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toutes origines</source>
        <translation>All origins</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Externe</source>
        <translation>External</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Services</source>
        <translation>Wards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tout âge</source>
        <translation>Any age</translation>
    </message>
    <message>
        <location line="+2" />
        <source>≥ %1 h</source>
        <translation>≥ %1 h</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libération par lot</source>
        <translation>Batch release</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valider</source>
        <translation>Validate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sélection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapitre</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rappel critique</source>
        <translation>Critical call-back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renvoyer</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corriger</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dévalider</source>
        <translation>Unvalidate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter une analyse</source>
        <translation>Add an analysis</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refuser</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Raccourcis clavier (survolez)</source>
        <translation>Keyboard shortcuts (hover)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choisissez un dossier dans la file ; F8 ouvre le suivant.</source>
        <translation>Choose a request in the queue; F8 opens the next one.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Appels</source>
        <translation>Call-backs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rappels des valeurs critiques : qui, comment, quand, relecture ou escalade</source>
        <translation>Critical value call-backs: who, how, when, read-back or escalation</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Verdict des règles d'auto-validation, par analyse, avec la règle qui retient</source>
        <translation>Auto-validation rule verdict, per analysis, with the rule that holds it</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Partage</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choix de partage du prochain compte rendu (F9) : DMP, masquage, copie MSSanté au patient</source>
        <translation>Sharing choices of the next report (F9): DMP, masking, MSSanté copy to the patient</translation>
    </message>
</context>
<context>
    <name>sgl::app::AddAnalysisDialog</name>
    <message>
        <location filename="../../src/app/validation/AddAnalysisDialog.cpp" line="+40" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Aucune analyse ne correspond.</source>
        <translation>No analysis matches.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n analyse(s) proposée(s)</source>
        <translation>
            <numerusform>%n analysis offered</numerusform>
            <numerusform>%n analyses offered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::AdministrationView</name>
    <message>
        <location filename="../../src/app/admin/AdministrationView.cpp" line="+49" />
        <source>Services &amp;nationaux…</source>
        <translation>Nat&amp;ional services…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP, MSSanté et vérification en ligne de l'Annuaire Santé</source>
        <translation>DMP, MSSanté and the online Annuaire Santé check</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Réglages DMP et MSSanté enregistrés : pris en compte au prochain démarrage du service d'envoi et des postes.</source>
        <translation>DMP and MSSanté settings saved: applied at the next start of the sending service and the workstations.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Annuaire &amp;Santé…</source>
        <translation>Annuaire &amp;Santé…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Annuaire Santé</source>
        <translation>Annuaire Santé</translation>
    </message>
    <message>
        <location line="+62" />
        <source>&amp;Réactiver</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Désactiver</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Modification enregistrée.</source>
        <translation>Change saved.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Compte %1 réactivé.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compte %1 désactivé.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Compte %1 débloqué.</source>
        <translation>Account %1 unblocked.</translation>
    </message>
</context>
<context>
    <name>sgl::app::AnalysisEditDialog</name>
    <message>
        <location filename="../../src/app/catalogue/AnalysisEditDialog.cpp" line="+71" />
        <source>Numérique</source>
        <translation>Numeric</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codé (liste de valeurs)</source>
        <translation>Coded (value list)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texte libre</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Anormale</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Automate</source>
        <translation>Analyzer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Code de test</source>
        <translation>Test code</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Modifier l'analyse %1</source>
        <translation>Edit analysis %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nouvelle analyse</source>
        <translation>New analysis</translation>
    </message>
    <message>
        <location line="+72" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(aucun : analyse calculée)</source>
        <translation>(none: calculated analysis)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (paillasse inconnue)</source>
        <translation>%1 (unknown bench)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (tube inconnu)</source>
        <translation>%1 (unknown tube)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (renseignement inconnu)</source>
        <translation>%1 (unknown clinical information)</translation>
    </message>
    <message>
        <location line="+126" />
        <source>Facteur de conversion : « %1 » n'est pas un nombre (ex. 18,016).</source>
        <translation>Conversion factor: “%1” is not a number (e.g. 18.016).</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Codes automates, ligne %1 : indiquez l'automate et son code de test.</source>
        <translation>Analyzer codes, row %1: enter the analyzer and its test code.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Seuil delta absolu : « %1 » n'est pas un nombre (ex. 1,5).</source>
        <translation>Absolute delta threshold: “%1” is not a number (e.g. 1.5).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seuil delta relatif : « %1 » n'est pas un nombre (ex. 30).</source>
        <translation>Relative delta threshold: “%1” is not a number (e.g. 30).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fenêtre delta : « %1 » n'est pas un nombre entier de jours.</source>
        <translation>Delta window: “%1” is not a whole number of days.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Code local : obligatoire.</source>
        <translation>Local code: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code local : l'analyse « %1 » existe déjà.</source>
        <translation>Local code: analysis “%1” already exists.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>À corriger :</source>
        <translation>To fix:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>À vérifier :</source>
        <translation>To check:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Motif : indiquez le motif de la modification.</source>
        <translation>Reason: enter the reason for the change.</translation>
    </message>
</context>
<context>
    <name>sgl::app::AnalysisPicker</name>
    <message>
        <location filename="../../src/app/analyzers/AnalysisPicker.cpp" line="+16" />
        <source>code ou libellé de l'analyse</source>
        <translation>analysis code or label</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sgl::app::AnalyzerFlagsForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsSingle.cpp" line="+148" />
        <source>Alarmes de l'automate</source>
        <translation>Analyzer flags</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alarmes ignorées :</source>
        <translation>Ignored flags:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>alarmes séparées par des virgules ; vide : toute alarme retient</source>
        <translation>flags separated by commas; empty: any flag holds</translation>
    </message>
</context>
<context>
    <name>sgl::app::AnalyzerProfileDialog</name>
    <message>
        <location filename="../../src/app/analyzers/AnalyzerProfileDialog.cpp" line="+63" />
        <source>Nouveau profil d'automate</source>
        <translation>New analyzer profile</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Profil d'automate %1</source>
        <translation>Analyzer profile %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+3" />
        <source>minuscules, chiffres et tirets (ex. sysmex-xn550)</source>
        <translation>lowercase letters, digits and hyphens (e.g. sysmex-xn550)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identifiant de l'automate dans les codes automates du catalogue (ex. XN, COBAS).</source>
        <translation>Analyzer identifier in the catalogue's analyzer codes (e.g. XN, COBAS).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Identifiant automate :</source>
        <translation>Analyzer &amp;identifier:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ASTM E1381/E1394 (LIS2-A2)</source>
        <translation>ASTM E1381/E1394 (LIS2-A2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HL7 v2 LAW (MLLP)</source>
        <translation>HL7 v2 LAW (MLLP)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Protocole :</source>
        <translation>&amp;Protocol:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Jeu de caractères :</source>
        <translation>&amp;Character set:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numéros de trame tolérants (automates qui ne suivent pas 1–7, 0)</source>
        <translation>Tolerant frame numbers (analyzers that do not follow 1–7, 0)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Profil &amp;actif (la passerelle ouvre sa liaison)</source>
        <translation>&amp;Active profile (the gateway opens its link)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Liaison</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Serveur TCP (l'automate se connecte)</source>
        <translation>TCP server (the analyzer connects)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client TCP (le laboratoire se connecte)</source>
        <translation>TCP client (the laboratory connects)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Série RS-232</source>
        <translation>RS-232 serial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aucune (fichiers seulement)</source>
        <translation>None (files only)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Type de liaison :</source>
        <translation>Link &amp;type:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Port TCP :</source>
        <translation>&amp;TCP port:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Port &amp;série :</source>
        <translation>&amp;Serial port:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Vitesse (bauds) :</source>
        <translation>&amp;Speed (baud):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bits de &amp;données :</source>
        <translation>&amp;Data bits:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aucune (N)</source>
        <translation>None (N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paire (E)</source>
        <translation>Even (E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impaire (O)</source>
        <translation>Odd (O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pa&amp;rité :</source>
        <translation>Pa&amp;rity:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bits d'a&amp;rrêt :</source>
        <translation>Stop &amp;bits:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lecture</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Positions écrites comme dans la documentation de l'automate : O-3.1, R-3.4 (ASTM) ; SPM-2.1, OBX-3.1 (HL7). Composant 0 : champ entier.</source>
        <translation>Positions written as in the analyzer documentation: O-3.1, R-3.4 (ASTM); SPM-2.1, OBX-3.1 (HL7). Component 0: whole field.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>N° d'&amp;échantillon :</source>
        <translation>&amp;Sample no.:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Code d'analyse :</source>
        <translation>&amp;Analysis code:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>vide : tous les résultats</source>
        <translation>empty: all results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Type de résultat lu en :</source>
        <translation>Result &amp;type read at:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>types conservés, séparés par des espaces (ex. F)</source>
        <translation>kept types, separated by spaces (e.g. F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Types &amp;conservés :</source>
        <translation>&amp;Kept types:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Composant de la &amp;valeur :</source>
        <translation>&amp;Value component:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>vide : pas de facteur de dilution</source>
        <translation>empty: no dilution factor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dilution lue en :</source>
        <translation>&amp;Dilution read at:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code inconnu = analyse du catalogue de même code (profils génériques)</source>
        <translation>Unknown code = catalogue analysis with the same code (generic profiles)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Correspondances</source>
        <translation>Mappings</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Contrôle qualité et commandes</source>
        <translation>Quality control and orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reconnaître les contrôles signalés par le message (ASTM Q, HL7 SPM-11 Q)</source>
        <translation>Recognize controls flagged by the message (ASTM Q, HL7 SPM-11 Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>expression régulière, ex. ^QC-.*$</source>
        <translation>regular expression, e.g. ^QC-.*$</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N° d'échantillon de &amp;contrôle :</source>
        <translation>&amp;Control sample no.:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Résultats seulement</source>
        <translation>Results only</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interrogation de l'hôte par code-barres</source>
        <translation>Host query by barcode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envoi de la liste de travail</source>
        <translation>Worklist sending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Demandes :</source>
        <translation>&amp;Orders:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>position standard</source>
        <translation>standard position</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Composant du code-barres dans l'&amp;interrogation :</source>
        <translation>Barcode component in the &amp;query:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Enregistrer…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+127" />
        <source>Position obligatoire.</source>
        <translation>Position required.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Enregistrer le profil %1</source>
        <translation>Save profile %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indiquez le motif de la modification ; l'ancienne version du profil est conservée dans l'historique.</source>
        <translation>Enter the reason for the change; the previous version of the profile is kept in the history.</translation>
    </message>
</context>
<context>
    <name>sgl::app::AnalyzerProfileListModel</name>
    <message>
        <location filename="../../src/app/analyzers/AnalyzerProfileListModel.cpp" line="+37" />
        <source>ASTM E1394</source>
        <translation>ASTM E1394</translation>
    </message>
    <message>
        <location line="+0" />
        <source>HL7 v2 (LAW)</source>
        <translation>HL7 v2 (LAW)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Serveur TCP %1:%2</source>
        <translation>TCP server %1:%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client TCP %1:%2</source>
        <translation>TCP client %1:%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Série %1 %2 %3%4%5</source>
        <translation>Serial %1 %2 %3%4%5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aucune (fichiers)</source>
        <translation>None (files)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nombre de correspondances de codes du profil</source>
        <translation>Number of code mappings in the profile</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protocole</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Liaison</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Id. automate</source>
        <translation>Analyzer ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>sgl::app::AnalyzerProfilesPanel</name>
    <message>
        <location filename="../../src/app/analyzers/AnalyzerProfilesPanel.cpp" line="+41" />
        <source>&amp;Nouveau…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Consulter…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+93" />
        <source>&amp;Désactiver…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <location line="-91" />
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Installer les profils &amp;fournis</source>
        <translation>Install the &amp;supplied profiles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ac&amp;tualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+87" />
        <source>&amp;Activer…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Profil %1 enregistré.</source>
        <translation>Profile %1 saved.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+22" />
        <source>Profil %1 activé.</source>
        <translation>Profile %1 enabled.</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+22" />
        <source>Profil %1 désactivé.</source>
        <translation>Profile %1 disabled.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Activer le profil %1</source>
        <translation>Enable profile %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Désactiver le profil %1</source>
        <translation>Disable profile %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>La passerelle ouvrira la liaison de cet automate à son prochain démarrage.</source>
        <translation>The gateway will open this analyzer's link at its next start.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>La passerelle n'ouvrira plus la liaison de cet automate.</source>
        <translation>The gateway will no longer open this analyzer's link.</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+24" />
        <source>Impossible de lire %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-18" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+37" />
        <source>Profils importés : %1.</source>
        <translation>Profiles imported: %1.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Importer des profils d'automates</source>
        <translation>Import analyzer profiles</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+61" />
        <source>Profils d'automates (*.json)</source>
        <translation>Analyzer profiles (*.json)</translation>
    </message>
    <message>
        <location line="-49" />
        <source>Fichier refusé : %1 (%2)</source>
        <translation>File rejected: %1 (%2)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Impossible d'écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tous les profils exportés dans %1.</source>
        <translation>All profiles exported to %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profils exportés dans %1 : %2.</source>
        <translation>Profiles exported to %1: %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Exporter des profils d'automates</source>
        <translation>Export analyzer profiles</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tous les profils fournis sont déjà installés.</source>
        <translation>All supplied profiles are already installed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profils fournis installés : %1.</source>
        <translation>Supplied profiles installed: %1.</translation>
    </message>
</context>
<context>
    <name>sgl::app::AnalyzersView</name>
    <message>
        <location filename="../../src/app/analyzers/AnalyzersView.cpp" line="+20" />
        <source>Automates</source>
        <translation>Analyzers</translation>
    </message>
    <message>
        <location line="+4" />
        <source>État des liaisons</source>
        <translation>Link status</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Profils</source>
        <translation>Profiles</translation>
    </message>
</context>
<context>
    <name>sgl::app::AnionGapForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsMulti.cpp" line="+147" />
        <source>Trou anionique</source>
        <translation>Anion gap</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sodium (NA)</source>
        <translation>sodium (NA)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>chlore (CL)</source>
        <translation>chloride (CL)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bicarbonates (CO2)</source>
        <translation>bicarbonate (CO2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>potassium (K)</source>
        <translation>potassium (K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avec le potassium</source>
        <translation>With potassium</translation>
    </message>
    <message>
        <location line="+2" />
        <source>bas</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>haut</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Na − (Cl + HCO3) :</source>
        <translation>Na − (Cl + HCO3):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>+ K :</source>
        <translation>+ K:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entre :</source>
        <translation>Between:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>sodium</source>
        <translation>sodium</translation>
    </message>
    <message>
        <location line="+0" />
        <source>chlore</source>
        <translation>chloride</translation>
    </message>
    <message>
        <location line="+0" />
        <source>bicarbonates</source>
        <translation>bicarbonate</translation>
    </message>
    <message>
        <location line="+3" />
        <source>analyse du %1 requise.</source>
        <translation>%1 analysis required.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>analyse du potassium requise avec le potassium.</source>
        <translation>potassium analysis required with potassium.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>borne basse</source>
        <translation>lower bound</translation>
    </message>
    <message>
        <location line="+1" />
        <source>borne haute</source>
        <translation>upper bound</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unité requise pour les bornes.</source>
        <translation>unit required for the bounds.</translation>
    </message>
</context>
<context>
    <name>sgl::app::Application</name>
    <message>
        <location filename="../../src/app/shell/Application.cpp" line="+64" />
        <source>Argument inattendu : %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--analyzer-gateway attend le chemin absolu du journal des échanges, pas « %1 ».</source>
        <translation>--analyzer-gateway expects the absolute path of the exchange log, not “%1”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--lang attend fr ou en, pas « %1 ».</source>
        <translation>--lang expects fr or en, not "%1".</translation>
    </message>
    <message>
        <location line="+61" />
        <source>SGL – sécurité</source>
        <translation>SGL – security</translation>
    </message>
    <message>
        <location line="+5" />
        <source>SGL – base de données</source>
        <translation>SGL – database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impossible d'ouvrir la base de données :
%1

Vérifiez l'adresse dans les paramètres du poste (%2) ou la variable SGL_DB_URL.</source>
        <translation>Cannot open the database:
%1

Check the address in the workstation settings (%2) or the SGL_DB_URL variable.</translation>
    </message>
    <message>
        <location line="+163" />
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Les paramètres n'ont pas pu être enregistrés dans %1.</source>
        <translation>The settings could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>sgl::app::AttachHeldDialog</name>
    <message>
        <location filename="../../src/app/analyzers/AttachHeldDialog.cpp" line="+21" />
        <source>&amp;Enregistrer la correspondance dans le profil</source>
        <translation>&amp;Save the mapping in the profile</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rattacher un résultat en attente</source>
        <translation>Attach a held result</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Automate %1 — code %2, valeur « %3 »
Motif de mise en attente : %4</source>
        <translation>Analyzer %1 — code %2, value “%3”
Reason for holding: %4</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Tube (code-barres) :</source>
        <translation>&amp;Tube (barcode):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Analyse :</source>
        <translation>&amp;Analysis:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Les prochains résultats du code %1 de cet automate iront directement sur cette analyse ; les autres messages en attente pour ce code sont repris.</source>
        <translation>The next results for code %1 from this analyzer will go directly to this analysis; the other held messages for this code are reprocessed.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>obligatoire, conservé dans l'historique</source>
        <translation>required, kept in the history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Rattacher</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>sgl::app::AutovalAdminView</name>
    <message>
        <location filename="../../src/app/autoval/AutovalAdminView.cpp" line="+61" />
        <source>Règles et mode</source>
        <translation>Rules and mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Statistiques</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Enregistrer le mode</source>
        <translation>Save the mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode :</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Biologiste responsable :</source>
        <translation>Responsible biologist:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Nouvelle règle…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enregistrer les règles…</source>
        <translation>Save the rules…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Enregistrer les règles</source>
        <translation>Save the rules</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Motif de la modification :</source>
        <translation>Reason for the change:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Importer des règles</source>
        <translation>Import rules</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <source>Règles (*.json)</source>
        <translation>Rules (*.json)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Exporter les règles</source>
        <translation>Export the rules</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+58" />
        <source>Écriture impossible : %1</source>
        <translation>Cannot write: %1</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Calculer</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2" />
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Par jour</source>
        <translation>By day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Par paillasse</source>
        <translation>By bench</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Par règle</source>
        <translation>By rule</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exporter les statistiques</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Règles du laboratoire</source>
        <translation>Laboratory rules</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aucune règle enregistrée.</source>
        <translation>No rules saved.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Règles en vigueur : version %1 du %2 (%n règle(s)).</source>
        <translation>
            <numerusform>Rules in force: version %1 of %2 (%n rule).</numerusform>
            <numerusform>Rules in force: version %1 of %2 (%n rules).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Règles importées : vérifiées et enregistrées seulement avec « Enregistrer les règles… ».</source>
        <translation>Rules imported: checked and saved only with “Save the rules…”.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Dossiers : %1 évalués, %2 auto-validés (%3 %), %4 validés par le moteur. Analyses : %5 évaluées, %6 auto-validées (%7 %).</source>
        <translation>Requests: %1 evaluated, %2 auto-validated (%3 %), %4 validated by the engine. Analyses: %5 evaluated, %6 auto-validated (%7 %).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Concordance du mode observation : %1 % sur %2 décision(s) — libéré et validé %3, libéré mais retenu par le biologiste %4, retenu mais validé %5, retenu et retenu %6, sans décision %7.</source>
        <translation>Observation mode agreement: %1 % over %2 decision(s) — released and validated %3, released but held by the biologist %4, held but validated %5, held and held %6, no decision %7.</translation>
    </message>
</context>
<context>
    <name>sgl::app::AutovalStatsModel</name>
    <message>
        <location filename="../../src/app/autoval/AutovalStatsModel.cpp" line="+33" />
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <source>Dossiers</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+3" />
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+3" />
        <source>Dossiers
auto-validés</source>
        <translation>Requests
auto-validated</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+3" />
        <source>Part des
dossiers</source>
        <translation>Share of
requests</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+3" />
        <source>Analyses
auto-validées</source>
        <translation>Analyses
auto-validated</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+3" />
        <source>Part des
analyses</source>
        <translation>Share of
analyses</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Validés par
le moteur</source>
        <translation>Validated by
the engine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyses
examinées</source>
        <translation>Analyses
examined</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Non
retenues</source>
        <translation>Not
held</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Part non
retenue</source>
        <translation>Share
not held</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retenues puis
validées</source>
        <translation>Held then
validated</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Retenues puis
retenues</source>
        <translation>Held then
held</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rétentions</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location line="+15" />
        <source>sans paillasse</source>
        <translation>no bench</translation>
    </message>
</context>
<context>
    <name>sgl::app::AutovalVerdictModel</name>
    <message>
        <location filename="../../src/app/validation/AutovalVerdictModel.cpp" line="+23" />
        <source>Libérable</source>
        <translation>Releasable</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>Retenu</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Dossier non évalué par les règles d'auto-validation.</source>
        <translation>Request not evaluated by the auto-validation rules.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mode actif</source>
        <translation>active mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mode observation</source>
        <translation>observation mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>évaluation à la demande</source>
        <translation>on-demand evaluation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>validé selon les règles du laboratoire</source>
        <translation>validated according to the laboratory rules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>libérable selon les règles</source>
        <translation>releasable according to the rules</translation>
    </message>
    <message>
        <location line="+0" />
        <source>libérable selon les règles, non validé : %1</source>
        <translation>releasable according to the rules, not validated: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>retenu (%n analyse(s))</source>
        <translation>
            <numerusform>held (%n analysis)</numerusform>
            <numerusform>held (%n analyses)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>, motif(s) sur le dossier : %1</source>
        <translation>, reason(s) on the request: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Règles (%1, %2) : %3</source>
        <translation>Rules (%1, %2): %3</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>sgl::app::AutovalVerdictPanel</name>
    <message>
        <location filename="../../src/app/validation/AutovalVerdictPanel.cpp" line="+27" />
        <source>Évaluer selon les règles</source>
        <translation>Evaluate with the rules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Évalue le dossier avec les règles du laboratoire ; en mode actif, un dossier libérable est validé au nom du biologiste responsable</source>
        <translation>Evaluates the request with the laboratory rules; in active mode, a releasable request is validated in the name of the responsible biologist</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Règles</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Règles ✓</source>
        <translation>Rules ✓</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Règles (%1)</source>
        <translation>Rules (%1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Dossier %1 validé selon les règles du laboratoire.</source>
        <translation>Request %1 validated according to the laboratory rules.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier %1 : libérable selon les règles.</source>
        <translation>Request %1: releasable according to the rules.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier %1 retenu par les règles : voir l'onglet Règles.</source>
        <translation>Request %1 held by the rules: see the Rules tab.</translation>
    </message>
</context>
<context>
    <name>sgl::app::BatchReleaseDialog</name>
    <message>
        <location filename="../../src/app/validation/BatchReleaseDialog.cpp" line="+16" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%1 — %n motif(s)</source>
        <translation>
            <numerusform>%1 — %n reason</numerusform>
            <numerusform>%1 — %n reasons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dossiers libérables sans ouverture (%1) : résultats validés techniquement, dans les valeurs de référence, sans alerte delta, valeur critique, indicateur d'automate, non-conformité, valeur modifiée ni proposition réflexe en attente.</source>
        <translation>Requests releasable without opening them (%1): results technically validated, within the reference ranges, with no delta alert, critical value, analyzer flag, non-conformity, changed value or pending reflex proposal.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dossiers exclus (%1), à ouvrir un par un :</source>
        <translation>Excluded requests (%1), to be opened one by one:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Libérer</source>
        <translation>Release</translation>
    </message>
</context>
<context>
    <name>sgl::app::BenchEditDialog</name>
    <message>
        <location filename="../../src/app/catalogue/BenchEditDialog.cpp" line="+20" />
        <source>Renommer la paillasse %1</source>
        <translation>Rename bench %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nouvelle paillasse</source>
        <translation>New bench</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Code : obligatoire.</source>
        <translation>Code: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Libellé : obligatoire.</source>
        <translation>Label: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif : indiquez le motif de la modification.</source>
        <translation>Reason: enter the reason for the change.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Code : la paillasse « %1 » existe déjà.</source>
        <translation>Code: bench “%1” already exists.</translation>
    </message>
</context>
<context>
    <name>sgl::app::BenchPanel</name>
    <message>
        <location filename="../../src/app/catalogue/BenchPanel.cpp" line="+21" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyses actives</source>
        <translation>Active analyses</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Paillasse %1 créée (nouvelle version du catalogue).</source>
        <translation>Bench %1 created (new catalogue version).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Paillasse %1 renommée (nouvelle version du catalogue).</source>
        <translation>Bench %1 renamed (new catalogue version).</translation>
    </message>
</context>
<context>
    <name>sgl::app::BenchView</name>
    <message>
        <location filename="../../src/app/bench/BenchView.cpp" line="+72" />
        <source>Valider techniquement les résultats choisis dans la grille</source>
        <translation>Technically validate the results selected in the grid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valider techniquement tous les résultats saisis du dossier</source>
        <translation>Technically validate all entered results of the dossier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valider techniquement tous les résultats saisis de la paillasse choisie</source>
        <translation>Technically validate all entered results of the selected bench</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+110" />
        <source>Toutes les paillasses (%1)</source>
        <translation>All benches (%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tous les automates</source>
        <translation>All analyzers</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 résultat(s) à faire, %2 dossier(s)</source>
        <translation>%1 result(s) to do, %2 dossier(s)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dossier %1 — %2, né(e) le %3 — %4</source>
        <translation>Dossier %1 — %2, born on %3 — %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>date inconnue</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <location line="+56" />
        <location line="+35" />
        <source>référence %1</source>
        <translation>reference %1</translation>
    </message>
    <message>
        <location line="-30" />
        <source>valeurs : %1</source>
        <translation>values: %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>indicateur %1</source>
        <translation>flag %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 enregistré : %2.</source>
        <translation>%1 saved: %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 calculé : %2.</source>
        <translation>%1 calculated: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test(s) réflexe(s) ajouté(s) : %1.</source>
        <translation>Reflex test(s) added: %1.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 résultat(s) validé(s) techniquement.</source>
        <translation>%1 result(s) technically validated.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choisissez un dossier dans la liste de travail.</source>
        <translation>Choose a dossier in the worklist.</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n résultat(s) retenu(s) par le contrôle qualité non validé(s) : %1</source>
        <translation>
            <numerusform>%n result held by quality control not validated: %1</numerusform>
            <numerusform>%n results held by quality control not validated: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Contrôle qualité à revoir — %1. Les résultats concernés sont retenus.</source>
        <translation>Quality control to review — %1. The results concerned are held.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+15" />
        <source>Choisissez le résultat à repasser.</source>
        <translation>Choose the result to rerun.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sgl::app::BirthPlacePicker</name>
    <message>
        <location filename="../../src/app/reception/BirthPlacePicker.cpp" line="+39" />
        <source>Code INSEE de la commune de naissance (2A/2B pour la Corse), ou 99xxx pour un pays étranger. Tapez le nom du lieu pour choisir dans la liste.</source>
        <translation>INSEE code of the commune of birth (2A/2B for Corsica), or 99xxx for a foreign country. Type the place name to choose from the list.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Code valide, non vérifié (absent du référentiel embarqué)</source>
        <translation>Valid code, not verified (not in the embedded reference list)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Code incomplet : 5 caractères.</source>
        <translation>Incomplete code: 5 characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choisissez le lieu dans la liste pour mettre son code.</source>
        <translation>Choose the place from the list to fill in its code.</translation>
    </message>
</context>
<context>
    <name>sgl::app::CallBackListModel</name>
    <message>
        <location filename="../../src/app/validation/CallBackListModel.cpp" line="+32" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>Appels (%n à faire)</source>
        <translation>
            <numerusform>Call-backs (%n to make)</numerusform>
            <numerusform>Call-backs (%n to make)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Appels (%1)</source>
        <translation>Call-backs (%1)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Appel à faire</source>
        <translation>Call-back to make</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Injoignable : %1</source>
        <translation>Unreachable: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relecture confirmée</source>
        <translation>Read-back confirmed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sans relecture</source>
        <translation>No read-back</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Valeur critique : le prescripteur doit être prévenu (Rappel critique) avant la validation.</source>
        <translation>Critical value: the prescriber must be informed (Critical call-back) before validation.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 appelé(e) le %2 (%3)</source>
        <translation>%1 called on %2 (%3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enregistré par %1 le %2</source>
        <translation>Recorded by %1 on %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commentaire : %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Personne n'a pu être joint ; mesure prise : %1</source>
        <translation>Nobody could be reached; action taken: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Personne appelée</source>
        <translation>Person called</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Moyen</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Appel le</source>
        <translation>Called on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relecture ou escalade</source>
        <translation>Read-back or escalation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Par</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueEditFeedback</name>
    <message>
        <location filename="../../src/app/catalogue/CatalogueEditFeedback.cpp" line="+18" />
        <source>code local</source>
        <translation>local code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>libellé</source>
        <translation>label</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LOINC</source>
        <translation>LOINC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unité</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seconde unité</source>
        <translation>second unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>second LOINC</source>
        <translation>second LOINC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>décimales</source>
        <translation>decimals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>liste de valeurs</source>
        <translation>value list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>formule</source>
        <translation>formula</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paillasse</source>
        <translation>bench</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tube</source>
        <translation>tube</translation>
    </message>
    <message>
        <location line="+1" />
        <source>renseignements cliniques</source>
        <translation>clinical information</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seuil delta absolu</source>
        <translation>absolute delta threshold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seuil delta relatif</source>
        <translation>relative delta threshold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fenêtre delta</source>
        <translation>delta window</translation>
    </message>
    <message>
        <location line="+1" />
        <source>analyse déclenchante</source>
        <translation>trigger analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seuil</source>
        <translation>threshold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valeurs codées</source>
        <translation>coded values</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ajoute</source>
        <translation>adds</translation>
    </message>
    <message>
        <location line="+24" />
        <source>champ %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Modification refusée sans motif précisé.</source>
        <translation>Change refused without a stated reason.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Rien n'a été enregistré :</source>
        <translation>Nothing was saved:</translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueExchangeDialog</name>
    <message>
        <location filename="../../src/app/catalogue/CatalogueExchangeDialog.cpp" line="+28" />
        <source>Nouvelle</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modifiée</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inchangée</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code local inconnu</source>
        <translation>Unknown local code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LOINC invalide</source>
        <translation>Invalid LOINC</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Impossible de lire « %1 » : %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Catalogue CSV (transcodage LOINC)</source>
        <translation>Catalogue CSV (LOINC transcoding)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plages de référence CSV</source>
        <translation>Reference ranges CSV</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FHIR R4 (Bundle JSON)</source>
        <translation>FHIR R4 (JSON Bundle)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FHIR R4 ConceptMap (codes locaux → LOINC)</source>
        <translation>FHIR R4 ConceptMap (local codes → LOINC)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Détection automatique</source>
        <translation>Automatic detection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catalogue CSV</source>
        <translation>CSV catalogue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FHIR R4 Bundle</source>
        <translation>FHIR R4 Bundle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FHIR R4 ConceptMap (retour de transcodage)</source>
        <translation>FHIR R4 ConceptMap (transcoding return)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transcodage LOINC (colonne loinc seulement)</source>
        <translation>LOINC transcoding (loinc column only)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Complet (création et mise à jour des analyses)</source>
        <translation>Full (create and update analyses)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>par défaut : « Import &lt;fichier&gt; »</source>
        <translation>default: “Import &lt;file&gt;”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Code local</source>
        <translation>Local code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fichier de catalogue</source>
        <translation>Catalogue file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catalogue (*.csv *.json);;Tous les fichiers (*)</source>
        <translation>Catalogue (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fichier des plages</source>
        <translation>Ranges file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV (*.csv);;Tous les fichiers (*)</source>
        <translation>CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Exporter le catalogue</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export impossible : %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Impossible d'écrire « %1 » : %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exporté dans %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Choisissez le fichier à importer.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Le fichier des plages ne s'utilise qu'avec un catalogue CSV (un ConceptMap ne porte que les codes LOINC).</source>
        <translation>The ranges file can only be used with a CSV catalogue (a ConceptMap only carries LOINC codes).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le fichier des plages ne s'utilise qu'avec un catalogue CSV (le Bundle FHIR contient déjà les plages).</source>
        <translation>The ranges file is used only with a CSV catalogue (the FHIR Bundle already contains the ranges).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Prévisualisation impossible : %1</source>
        <translation>Preview failed: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 nouvelle(s), %2 modifiée(s), %3 inchangée(s), %4 code(s) local(aux) inconnu(s), %5 LOINC invalide(s) ; chapitres : %6 nouveau(x), %7 modifié(s) ; examens : %8 nouveau(x), %9 modifié(s) ; paillasses : %10 nouvelle(s), %11 renommée(s).</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 unknown local code(s), %5 invalid LOINC; chapters: %6 new, %7 changed; exams: %8 new, %9 changed; benches: %10 new, %11 renamed.</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n problème(s) bloquant(s) : import impossible tant qu'ils ne sont pas corrigés.</source>
        <translation>
            <numerusform>%n blocking problem: import impossible until it is fixed.</numerusform>
            <numerusform>%n blocking problems: import impossible until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rien à appliquer : le catalogue est déjà à jour.</source>
        <translation>Nothing to apply: the catalogue is already up to date.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>loinc : %1 → %2</source>
        <translation>loinc: %1 → %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 : %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Erreur — %1</source>
        <translation>Error — %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Avertissement — %1</source>
        <translation>Warning — %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import du catalogue…</source>
        <translation>Importing the catalogue…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Import refusé, le catalogue est inchangé : %1</source>
        <translation>Import refused, the catalogue is unchanged: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rien n'a été appliqué : le catalogue est déjà à jour.</source>
        <translation>Nothing was applied: the catalogue is already up to date.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import refusé, le catalogue est inchangé. Problèmes :</source>
        <translation>Import refused, the catalogue is unchanged. Problems:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import appliqué (version %1 du catalogue) : %2 analyse(s) créée(s), %3 modifiée(s) ; %4 examen(s) et %5 chapitre(s) créés ou modifiés.</source>
        <translation>Import applied (catalogue version %1): %2 analysis(es) created, %3 changed; %4 exam(s) and %5 chapter(s) created or changed.</translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueHistoryDialog</name>
    <message>
        <location filename="../../src/app/catalogue/CatalogueHistoryDialog.cpp" line="+20" />
        <source>Historique — %1 %2</source>
        <translation>History — %1 %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Historique indisponible : %1</source>
        <translation>History unavailable: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 (%2) : %n modification(s) enregistrée(s).</source>
        <translation>
            <numerusform>%1 (%2): %n change recorded.</numerusform>
            <numerusform>%1 (%2): %n changes recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueHistoryModel</name>
    <message>
        <location filename="../../src/app/catalogue/CatalogueHistoryModel.cpp" line="+43" />
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Modification</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Chapitre</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Examen</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Règle réflexe</source>
        <translation>Reflex rule</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Retrait</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Réactivation</source>
        <translation>Reactivation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Origine</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changement</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueItemDetails</name>
    <message>
        <location filename="../../src/app/catalogue/CatalogueItemDetails.cpp" line="+21" />
        <source>tous</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Code local</source>
        <translation>Local code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LOINC</source>
        <translation>LOINC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unité (UCUM)</source>
        <translation>Unit (UCUM)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unité affichée</source>
        <translation>Displayed unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Échantillon</source>
        <translation>Specimen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type de résultat</source>
        <translation>Result type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>numérique</source>
        <translation>numeric</translation>
    </message>
    <message>
        <location line="+1" />
        <source>codé</source>
        <translation>coded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>texte</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Décimales</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seconde unité</source>
        <translation>Second unit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (× %2), LOINC %3</source>
        <translation>%1 (× %2), LOINC %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Formule</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contrôle delta</source>
        <translation>Delta check</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — %2 (anormale)</source>
        <translation>%1 — %2 (abnormal)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valeurs possibles</source>
        <translation>Possible values</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location line="+0" />
        <source>non attribuée</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <location line="+3" />
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <location line="-10" />
        <source>aucun (analyse calculée)</source>
        <translation>none (calculated analysis)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>non précisé</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Renseignements cliniques</source>
        <translation>Clinical information</translation>
    </message>
    <message>
        <location line="+0" />
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>retirée (plus prescriptible)</source>
        <translation>retired (no longer orderable)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Valeurs de référence</source>
        <translation>Reference ranges</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Normales</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critiques</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Codes automates</source>
        <translation>Analyzer codes</translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueTreeModel</name>
    <message>
        <location filename="../../src/app/catalogue/CatalogueTreeModel.cpp" line="+244" />
        <source>Sans chapitre</source>
        <translation>No chapter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyses hors examen</source>
        <translation>Analyses in no exam</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (retiré)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (retirée)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>LOINC</source>
        <translation>LOINC</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Échantillon</source>
        <translation>Specimen</translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueView</name>
    <message>
        <location filename="../../src/app/catalogue/CatalogueView.cpp" line="+113" />
        <source>Catalogue indisponible : %1</source>
        <translation>Catalogue unavailable: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Réac&amp;tiver…</source>
        <translation>Reac&amp;tivate…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>R&amp;etirer…</source>
        <translation>R&amp;etire…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Commentaires codés</source>
        <translation>Coded comments</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Auto-validation</source>
        <translation>Auto-validation</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 chapitres, %2 examens, %3 analyses.</source>
        <translation>%1 chapters, %2 exams, %3 analyses.</translation>
    </message>
    <message numerus="yes">
        <location line="+42" />
        <source>%n résultat(s) pour « %1 ».</source>
        <translation>
            <numerusform>%n result for "%1".</numerusform>
            <numerusform>%n results for "%1".</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Aucun élément ne correspond à « %1 ».</source>
        <translation>Nothing matches "%1".</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Analyse %1 enregistrée (nouvelle version du catalogue).</source>
        <translation>Analysis %1 saved (new catalogue version).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Examen %1 enregistré (nouvelle version du catalogue).</source>
        <translation>Exam %1 saved (new catalogue version).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Chapitre %1 enregistré (nouvelle version du catalogue).</source>
        <translation>Chapter %1 saved (new catalogue version).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Chapitre %1 créé (nouvelle version du catalogue).</source>
        <translation>Chapter %1 created (new catalogue version).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Examen %1 créé (nouvelle version du catalogue).</source>
        <translation>Exam %1 created (new catalogue version).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Analyse %1 créée (nouvelle version du catalogue).</source>
        <translation>Analysis %1 created (new catalogue version).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Motif : indiquez le motif du retrait de %1.</source>
        <translation>Reason: enter the reason for retiring %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Motif : indiquez le motif de la réactivation de %1.</source>
        <translation>Reason: enter the reason for reactivating %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Retrait de %1 refusé :</source>
        <translation>Retiring %1 refused:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Réactivation de %1 refusée :</source>
        <translation>Reactivating %1 refused:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Analyse %1 retirée.</source>
        <translation>Analysis %1 retired.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyse %1 réactivée.</source>
        <translation>Analysis %1 reactivated.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Examen %1 retiré.</source>
        <translation>Exam %1 retired.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Examen %1 réactivé.</source>
        <translation>Exam %1 reactivated.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Motif : indiquez pourquoi l'analyse %1 est supprimée.</source>
        <translation>Reason: enter why analysis %1 is deleted.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Suppression de %1 refusée :</source>
        <translation>Deleting %1 refused:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Analyse %1 supprimée.</source>
        <translation>Analysis %1 deleted.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Retirer %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Réactiver %1</source>
        <translation>Reactivate %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Motif du retrait de %1 (il ne pourra plus être prescrit ; les résultats passés restent) :</source>
        <translation>Reason for retiring %1 (it can no longer be ordered; past results stay):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Motif de la réactivation de %1 :</source>
        <translation>Reason for reactivating %1:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Supprimer l'analyse %1</source>
        <translation>Delete analysis %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supprimer n'est possible que pour une analyse créée par erreur, jamais utilisée ni référencée (sinon, retirez-la). Motif :</source>
        <translation>Deleting is only possible for an analysis created by mistake, never used nor referenced (otherwise, retire it). Reason:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Valeurs de référence de %1 enregistrées (nouvelle version du catalogue).</source>
        <translation>Reference ranges of %1 saved (new catalogue version).</translation>
    </message>
    <message>
        <location line="+37" />
        <source>LOINC de la batterie :</source>
        <translation>Battery LOINC:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>LOINC de section :</source>
        <translation>Section LOINC:</translation>
    </message>
</context>
<context>
    <name>sgl::app::ChapterEditDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ChapterEditDialog.cpp" line="+24" />
        <source>(aucun : chapitre principal)</source>
        <translation>(none: top chapter)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Modifier le chapitre %1</source>
        <translation>Edit chapter %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 (chapitre inconnu)</source>
        <translation>%1 (unknown chapter)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nouveau chapitre</source>
        <translation>New chapter</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Code : obligatoire.</source>
        <translation>Code: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Libellé : obligatoire.</source>
        <translation>Label: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif : indiquez le motif de la modification.</source>
        <translation>Reason: enter the reason for the change.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Code : le chapitre « %1 » existe déjà.</source>
        <translation>Code: chapter “%1” already exists.</translation>
    </message>
</context>
<context>
    <name>sgl::app::ClinicalQuestionsForm</name>
    <message>
        <location filename="../../src/app/orders/ClinicalQuestionsForm.cpp" line="+17" />
        <source>Aucun renseignement clinique requis par les analyses choisies.</source>
        <translation>No clinical information required by the selected analyses.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>— à renseigner —</source>
        <translation>— to be filled in —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+11" />
        <source>nombre (virgule décimale)</source>
        <translation>number (decimal comma)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nombre en %1 (virgule décimale)</source>
        <translation>number in %1 (decimal comma)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>jj/mm/aaaa hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
</context>
<context>
    <name>sgl::app::CommentDialog</name>
    <message>
        <location filename="../../src/app/validation/CommentDialog.cpp" line="+22" />
        <source>Imprimé sur le compte rendu</source>
        <translation>Printed on the report</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ajouter un commentaire</source>
        <translation>Add a comment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code ou mot du texte (ex. HEMOL)</source>
        <translation>Code or word from the text (e.g. HEMOL)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(texte libre)</source>
        <translation>(free text)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Dossier entier</source>
        <translation>Whole dossier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat : %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commentaire &amp;codé :</source>
        <translation>&amp;Coded comment:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Texte :</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Sur :</source>
        <translation>&amp;On:</translation>
    </message>
</context>
<context>
    <name>sgl::app::CommentTemplateDialog</name>
    <message>
        <location filename="../../src/app/catalogue/CommentTemplateDialog.cpp" line="+17" />
        <source>Imprimé sur le compte rendu par défaut</source>
        <translation>Printed on the report by default</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Proposé aux biologistes (actif)</source>
        <translation>Offered to biologists (active)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nouveau commentaire codé</source>
        <translation>New coded comment</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Commentaire codé %1</source>
        <translation>Coded comment %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HEMOL</source>
        <translation>HEMOL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Majuscules sans accent, chiffres et « _ », 16 caractères au plus</source>
        <translation>Unaccented uppercase letters, digits and “_”, 16 characters at most</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(tous chapitres)</source>
        <translation>(all chapters)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Texte :</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;hapitre :</source>
        <translation>C&amp;hapter:</translation>
    </message>
</context>
<context>
    <name>sgl::app::CommentTemplatePanel</name>
    <message>
        <location filename="../../src/app/catalogue/CommentTemplatePanel.cpp" line="+24" />
        <source>Nouveau…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Ne plus proposer ce commentaire (les commentaires déjà posés restent)</source>
        <translation>Stop offering this comment (comments already added remain)</translation>
    </message>
</context>
<context>
    <name>sgl::app::CommentTemplateTableModel</name>
    <message>
        <location filename="../../src/app/catalogue/CommentTemplateTableModel.cpp" line="+44" />
        <location line="+2" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-2" />
        <source>non (interne)</source>
        <translation>no (internal)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>retiré</source>
        <translation>retired</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imprimé par défaut</source>
        <translation>Printed by default</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chapitre</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>sgl::app::CommentsPanel</name>
    <message>
        <location filename="../../src/app/validation/CommentsPanel.cpp" line="+28" />
        <source>Ajouter un commentaire…</source>
        <translation>Add a comment…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retirer…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Retirer le commentaire choisi (motif obligatoire ; il reste dans l'historique)</source>
        <translation>Remove the selected comment (reason required; it stays in the history)</translation>
    </message>
    <message>
        <location line="+53" />
        <source>%1 : %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Retirer un commentaire</source>
        <translation>Remove a comment</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Commentaire ajouté (imprimé sur le compte rendu).</source>
        <translation>Comment added (printed on the report).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commentaire interne ajouté.</source>
        <translation>Internal comment added.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Commentaire retiré (conservé dans l'historique du dossier).</source>
        <translation>Comment removed (kept in the dossier history).</translation>
    </message>
</context>
<context>
    <name>sgl::app::ConcordantChangeForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsMulti.cpp" line="+45" />
        <source>Variation concordante</source>
        <translation>Concordant change</translation>
    </message>
    <message>
        <location line="+2" />
        <source>% de la valeur antérieure</source>
        <translation>% of the previous value</translation>
    </message>
    <message>
        <location line="+2" />
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dans le même sens</source>
        <translation>In the same direction</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Variation (%) ≥ :</source>
        <translation>Change (%) ≥:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analyses au moins :</source>
        <translation>Minimum analyses:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fenêtre :</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>variation</source>
        <translation>change</translation>
    </message>
</context>
<context>
    <name>sgl::app::ConditionForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionForm.cpp" line="+67" />
        <source>unité de l'analyse</source>
        <translation>analysis unit</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 : valeur requise.</source>
        <translation>%1: value required.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 : « %2 » n'est pas un nombre.</source>
        <translation>%1: “%2” is not a number.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sgl::app::ConnectionStatusModel</name>
    <message>
        <location filename="../../src/app/analyzers/ConnectionStatusModel.cpp" line="+38" />
        <source>arrêtée</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location line="+2" />
        <source>en écoute</source>
        <translation>listening</translation>
    </message>
    <message>
        <location line="+2" />
        <source>connexion…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>connectée</source>
        <translation>connected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>en échec</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Messages reçus depuis le démarrage de la passerelle</source>
        <translation>Messages received since the gateway started</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultats enregistrés sur les dossiers</source>
        <translation>Results recorded on the dossiers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultats mis en attente (Messages en attente)</source>
        <translation>Results held (Held messages)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interrogations de l'automate auxquelles la passerelle a répondu</source>
        <translation>Analyzer queries the gateway answered</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NAK, sommes de contrôle fausses, connexions coupées</source>
        <translation>NAKs, wrong checksums, dropped connections</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Automate</source>
        <translation>Analyzer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Liaison</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connecté depuis</source>
        <translation>Connected since</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dernier message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Msg</source>
        <translation>Msg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enreg.</source>
        <translation>Rec.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attente</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Requêtes</source>
        <translation>Queries</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Erreurs</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dernière erreur</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>sgl::app::ConnectionStatusPanel</name>
    <message>
        <location filename="../../src/app/analyzers/ConnectionStatusPanel.cpp" line="+49" />
        <source>La passerelle automates intégrée n'est pas activée sur ce poste (Paramètres ▸ Passerelle automates intégrée). Quand le service sgl gateway tourne sur un serveur, son état se lit dans son journal sur ce serveur (journalctl -u sgl-gateway : une ligne par changement d'état).</source>
        <translation>The built-in analyzer gateway is not enabled on this workstation (Settings ▸ Built-in analyzer gateway). When the sgl gateway service runs on a server, its status is read in its log on that server (journalctl -u sgl-gateway: one line per status change).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>La passerelle automates intégrée n'a pas démarré : %1</source>
        <translation>The built-in analyzer gateway did not start: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>La passerelle automates intégrée est arrêtée.</source>
        <translation>The built-in analyzer gateway is stopped.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aucun profil d'automate actif : activez un profil (Automates ▸ Profils).</source>
        <translation>No active analyzer profile: enable a profile (Analyzers ▸ Profiles).</translation>
    </message>
</context>
<context>
    <name>sgl::app::ContainerSwatch</name>
    <message>
        <location filename="../../src/app/catalogue/ContainerSwatch.cpp" line="+41" />
        <source>%1 — bouchon %2</source>
        <translation>%1 — %2 cap</translation>
    </message>
</context>
<context>
    <name>sgl::app::CpsPinDialog</name>
    <message>
        <location filename="../../src/app/reception/CpsPinDialog.cpp" line="+13" />
        <source>Carte CPS – code porteur</source>
        <translation>CPS card – PIN code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saisissez le code porteur de votre carte CPS pour interroger l'INSi.</source>
        <translation>Enter the PIN code of your CPS card to query INSi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carte de %1.
Saisissez son code porteur pour interroger l'INSi.</source>
        <translation>Card of %1.
Enter its PIN code to query INSi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Code porteur</source>
        <translation>PIN code</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valider</source>
        <translation>Validate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sgl::app::CpsSettingsPage</name>
    <message>
        <location filename="../../src/app/shell/CpsSettingsPage.cpp" line="+16" />
        <source>Interrogation d'INSi avec la carte CPS du professionnel (mode CPx) : le module PKCS#11 fourni avec le logiciel de la carte, et l'adresse du service INSi pour ce mode. Le code porteur est demandé à chaque usage ; il n'est jamais enregistré. Laissez vide pour ne pas proposer ce mode.</source>
        <translation>INSi queries with the practitioner's CPS card (CPx mode): the PKCS#11 module supplied with the card software, and the address of the INSi service for this mode. The PIN code is asked at each use; it is never stored. Leave empty not to offer this mode.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>chemin du module PKCS#11 de la carte (.so)</source>
        <translation>path of the card's PKCS#11 module (.so)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Module PKCS#11 de la carte CPS</source>
        <translation>PKCS#11 module of the CPS card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modules PKCS#11 (*.so *.so.*)</source>
        <translation>PKCS#11 modules (*.so *.so.*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Module de la carte :</source>
        <translation>Card module:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service INSi (mode CPx) :</source>
        <translation>INSi service (CPx mode):</translation>
    </message>
</context>
<context>
    <name>sgl::app::CriticalForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsSingle.cpp" line="-37" />
        <source>Limites critiques</source>
        <translation>Critical limits</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Critique bas :</source>
        <translation>Critical low:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critique haut :</source>
        <translation>Critical high:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unité :</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>critique bas</source>
        <translation>critical low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>critique haut</source>
        <translation>critical high</translation>
    </message>
    <message>
        <location line="+3" />
        <source>critique bas ou critique haut requis.</source>
        <translation>critical low or critical high required.</translation>
    </message>
</context>
<context>
    <name>sgl::app::DeltaForm</name>
    <message>
        <location line="-67" />
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>écart absolu</source>
        <translation>absolute difference</translation>
    </message>
    <message>
        <location line="+2" />
        <source>% de la valeur antérieure</source>
        <translation>% of the previous value</translation>
    </message>
    <message>
        <location line="+1" />
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Antériorité exigée (retenir sans valeur antérieure)</source>
        <translation>Previous result required (hold without a previous value)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seuil absolu :</source>
        <translation>Absolute threshold:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seuil relatif (%) :</source>
        <translation>Relative threshold (%):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fenêtre :</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>seuil absolu</source>
        <translation>absolute threshold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seuil relatif</source>
        <translation>relative threshold</translation>
    </message>
    <message>
        <location line="+3" />
        <source>seuil absolu ou relatif requis.</source>
        <translation>absolute or relative threshold required.</translation>
    </message>
</context>
<context>
    <name>sgl::app::DeltaScoreForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsMulti.cpp" line="+9" />
        <source>Score delta multivarié</source>
        <translation>Multivariate delta score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Termes :</source>
        <translation>Terms:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NA=2,1 ; K=6 (variation usuelle en %)</source>
        <translation>NA=2.1; K=6 (usual change in %)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+46" />
        <source>score maximal</source>
        <translation>maximum score</translation>
    </message>
    <message>
        <location line="-44" />
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score maximal :</source>
        <translation>Maximum score:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analyses au moins :</source>
        <translation>Minimum analyses:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fenêtre :</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>terme « %1 » attendu sous la forme CODE=variation.</source>
        <translation>term “%1” expected in the form CODE=change.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>variation usuelle de %1</source>
        <translation>usual change of %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>termes requis.</source>
        <translation>terms required.</translation>
    </message>
</context>
<context>
    <name>sgl::app::DirectoryAdminView</name>
    <message>
        <location filename="../../src/app/admin/DirectoryAdminView.cpp" line="+31" />
        <source>Fichier %1, ligne %2 : %3</source>
        <translation>File %1, line %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fichier %1 : %2</source>
        <translation>File %1: %2</translation>
    </message>
    <message>
        <location line="+27" />
        <source>L'import de l'Annuaire Santé est réservé aux administrateurs.</source>
        <translation>Importing the Annuaire Santé is reserved for administrators.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Aucun annuaire importé : les RPPS des correspondants et des utilisateurs ne peuvent pas être vérifiés. Importez le fichier PS_LibreAcces_Personne_activite publié par l'Annuaire Santé.</source>
        <translation>No directory imported: the RPPS numbers of copy recipients and users cannot be checked. Import the PS_LibreAcces_Personne_activite file published by the Annuaire Santé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>extraction du %1, %2 professionnels</source>
        <translation>extraction of %1, %2 practitioners</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Extraction du %1, importée le %2 par %3 : %4 professionnels, %5 activités.
Fichiers : %6</source>
        <translation>Extraction of %1, imported on %2 by %3: %4 practitioners, %5 activities.
Files: %6</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fichiers d'extraction de l'Annuaire Santé</source>
        <translation>Annuaire Santé extraction files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extractions de l'Annuaire Santé (*.txt *.csv);;Tous les fichiers (*)</source>
        <translation>Annuaire Santé extractions (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Lecture des en-têtes…</source>
        <translation>Reading the headers…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annulation en cours (fin du lot en cours)…</source>
        <translation>Cancelling (end of the current batch)…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 : %2 lignes chargées.</source>
        <translation>%1: %2 lines loaded.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Annuaire importé : %1 activités de %2 professionnels en %3 s. Il est en service sur tous les postes.</source>
        <translation>Directory imported: %1 activities of %2 practitioners in %3 s. It is in use on all workstations.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Import interrompu.</source>
        <translation>Import interrupted.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Aucun annuaire n'est en service.</source>
        <translation>No directory is in use.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>L'annuaire précédent reste en service (%1).</source>
        <translation>The previous directory stays in use (%1).</translation>
    </message>
</context>
<context>
    <name>sgl::app::DirectoryPickerDialog</name>
    <message>
        <location filename="../../src/app/widgets/DirectoryPickerDialog.cpp" line="+22" />
        <source>C&amp;hoisir</source>
        <translation>C&amp;hoose</translation>
    </message>
</context>
<context>
    <name>sgl::app::DirectoryResultModel</name>
    <message>
        <location filename="../../src/app/widgets/DirectoryResultModel.cpp" line="+48" />
        <source>Aucune adresse MSSanté connue de l'annuaire</source>
        <translation>No MSSanté address known to the directory</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MSSanté</source>
        <translation>MSSanté</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
</context>
<context>
    <name>sgl::app::DirectorySearchPanel</name>
    <message>
        <location filename="../../src/app/widgets/DirectorySearchPanel.cpp" line="+50" />
        <source>Recherche dans l'Annuaire Santé indisponible sur ce poste.</source>
        <translation>Annuaire Santé search unavailable on this workstation.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Aucun professionnel trouvé dans l'Annuaire Santé.</source>
        <translation>No practitioner found in the Annuaire Santé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Les %1 premiers professionnels sont affichés : précisez la recherche.</source>
        <translation>The first %1 practitioners are shown: refine the search.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n professionnel(s) trouvé(s).</source>
        <translation>
            <numerusform>%n practitioner found.</numerusform>
            <numerusform>%n practitioners found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::DispatchAttemptModel</name>
    <message>
        <location filename="../../src/app/dispatch/DispatchAttemptModel.cpp" line="+25" />
        <source>en cours (ou interrompu)</source>
        <translation>in progress (or interrupted)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>échec temporaire</source>
        <translation>temporary failure</translation>
    </message>
    <message>
        <location line="+2" />
        <source>échec définitif</source>
        <translation>permanent failure</translation>
    </message>
    <message>
        <location line="+2" />
        <source>abandonné (délai dépassé)</source>
        <translation>abandoned (lease expired)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>résultat arrivé trop tard</source>
        <translation>outcome arrived too late</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Essai</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>sgl::app::DispatchListModel</name>
    <message>
        <location filename="../../src/app/dispatch/DispatchListModel.cpp" line="+48" />
        <source>V%1 (rectificatif)</source>
        <translation>V%1 (amended)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>V%1</source>
        <translation>V%1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prochain essai</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dernière erreur</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>sgl::app::DispatchView</name>
    <message>
        <location filename="../../src/app/dispatch/DispatchView.cpp" line="+65" />
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tous les canaux</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Relire les envois avec les filtres (F5)</source>
        <translation>Reload the sendings with the filters (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relancer l'envoi sélectionné maintenant (Ctrl+R)</source>
        <translation>Retry the selected sending now (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler l'envoi sélectionné, avec un motif obligatoire (Ctrl+Suppr)</source>
        <translation>Cancel the selected sending, with a required reason (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filtre sur le numéro de dossier (Ctrl+F)</source>
        <translation>Filter on the request number (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+155" />
        <source>Relancer les envois à reprendre</source>
        <translation>Re-send the sendings to be resumed</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Relancer maintenant %n envoi(s) en échec ou à reprendre ?</source>
        <translation>
            <numerusform>Re-send now %n failed or to-be-resumed sending?</numerusform>
            <numerusform>Re-send now %n failed or to-be-resumed sendings?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Relance des envois…</source>
        <translation>Re-sending…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n envoi(s) relancé(s).</source>
        <translation>
            <numerusform>%n sending re-sent.</numerusform>
            <numerusform>%n sendings re-sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relance arrêtée avant la fin.</source>
        <translation>Re-sending stopped before the end.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refusés : %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Envoi relancé : dossier %1, %2, %3.</source>
        <translation>Sending retried: request %1, %2, %3.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Annuler l'envoi</source>
        <translation>Cancel the sending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>L'envoi du document %1 du dossier %2 par %3 à %4 ne sera pas fait. Il pourra être relancé plus tard.</source>
        <translation>Document %1 of request %2 will not be sent by %3 to %4. It can be retried later.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Envoi annulé : dossier %1, %2, %3.</source>
        <translation>Sending cancelled: request %1, %2, %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ce poste n'envoie pas les comptes rendus (réglage du poste) : un autre poste ou le service sgl dispatch s'en charge.</source>
        <translation>This workstation does not send reports (workstation setting): another workstation or the sgl dispatch service handles it.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+2" />
        <source>Messages reçus</source>
        <translation>Received messages</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Messages reçus (%1)</source>
        <translation>Received messages (%1)</translation>
    </message>
</context>
<context>
    <name>sgl::app::DmpWebAccessAction</name>
    <message>
        <location filename="../../src/app/widgets/DmpWebAccessAction.cpp" line="+29" />
        <source>D&amp;MP</source>
        <translation>D&amp;MP</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Ouvrir le DMP de ce patient dans le navigateur (portail web des professionnels, authentification par votre session Pro Santé Connect). INS qualifiée exigée.</source>
        <translation>Open this patient's DMP in the browser (web portal for professionals, authenticated by your Pro Santé Connect session). Qualified INS required.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+10" />
        <source>DMP</source>
        <translation>DMP (shared medical record)</translation>
    </message>
    <message>
        <location line="-3" />
        <source>DMP du patient %1 ouvert dans le navigateur.</source>
        <translation>DMP of patient %1 opened in the browser.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le navigateur n'a pas pu être ouvert : vérifiez le navigateur par défaut du poste.</source>
        <translation>The browser could not be opened: check the workstation's default browser.</translation>
    </message>
</context>
<context>
    <name>sgl::app::DossierCommentsModel</name>
    <message>
        <location filename="../../src/app/validation/DossierCommentsModel.cpp" line="+18" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Analyse annulée</source>
        <translation>Analysis cancelled</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Imprimé</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Interne</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Retiré par %1 le %2 : %3</source>
        <translation>Removed by %1 on %2: %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imprimé sur le compte rendu</source>
        <translation>Printed on the report</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Interne au laboratoire : jamais sur le compte rendu</source>
        <translation>Internal to the laboratory: never on the report</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Sur</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diffusion</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>sgl::app::DossierEditDialog</name>
    <message>
        <location filename="../../src/app/orders/DossierEditDialog.cpp" line="+54" />
        <source>Dossiers de %1 %2</source>
        <translation>Dossiers for %1 %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Dossier :</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Examens du dossier</source>
        <translation>Dossier exams</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+14" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Annulation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Motif de l'annulation (obligatoire)</source>
        <translation>Reason for cancellation (required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annu&amp;ler l'examen</source>
        <translation>Cance&amp;l exam</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tubes</source>
        <translation>Tubes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code-barres</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Étiquettes</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ajouter des examens</source>
        <translation>Add exams</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ajouter au &amp;dossier</source>
        <translation>Add to &amp;dossier</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ce patient n'a aucun dossier.</source>
        <translation>This patient has no dossier.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Prescripteur : %1 — prescrit le %2 — priorité %3 — %4</source>
        <translation>Prescriber: %1 — prescribed on %2 — priority %3 — %4</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Demandé</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2 : %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message numerus="yes">
        <location line="+42" />
        <source>Examens ajoutés ; %n nouveau(x) tube(s) à étiqueter.</source>
        <translation>
            <numerusform>Exams added; %n new tube to label.</numerusform>
            <numerusform>Exams added; %n new tubes to label.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Examen %1 annulé.</source>
        <translation>Exam %1 cancelled.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choisissez l'examen à annuler dans la liste.</source>
        <translation>Choose the exam to cancel in the list.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Le dossier a été rechargé.</source>
        <translation>The dossier has been reloaded.</translation>
    </message>
</context>
<context>
    <name>sgl::app::DossierListModel</name>
    <message>
        <location filename="../../src/app/reports/DossierListModel.cpp" line="+68" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+2" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prescripteur</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Créé le</source>
        <translation>Created on</translation>
    </message>
</context>
<context>
    <name>sgl::app::EdtaContaminationForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsMulti.cpp" line="-284" />
        <source>Contamination EDTA</source>
        <translation>EDTA contamination</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Potassium ≥ :</source>
        <translation>Potassium ≥:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calcium ≤ :</source>
        <translation>Calcium ≤:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phosphatases alcalines ≤ :</source>
        <translation>Alkaline phosphatase ≤:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Magnésium ≤ :</source>
        <translation>Magnesium ≤:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retenir le potassium élevé sans calcium ni autre analyse liée</source>
        <translation>Hold high potassium without calcium or another linked analysis</translation>
    </message>
    <message>
        <location line="+9" />
        <source>code (%1)</source>
        <translation>code (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seuil</source>
        <translation>threshold</translation>
    </message>
    <message>
        <location line="+28" />
        <source>analyse requise pour le %1.</source>
        <translation>analysis required for %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seuil du %1</source>
        <translation>%1 threshold</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unité requise pour le seuil du %1.</source>
        <translation>unit required for the %1 threshold.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>potassium</source>
        <translation>potassium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calcium</source>
        <translation>calcium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phosphatases alcalines</source>
        <translation>alkaline phosphatase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>magnésium</source>
        <translation>magnesium</translation>
    </message>
</context>
<context>
    <name>sgl::app::ExamEditDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ExamEditDialog.cpp" line="+21" />
        <source>(retirée)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>code ou libellé de l'analyse</source>
        <translation>analysis code or label</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Modifier l'examen %1</source>
        <translation>Edit exam %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (chapitre inconnu)</source>
        <translation>%1 (unknown chapter)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nouvel examen</source>
        <translation>New exam</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Analyse : choisissez une analyse active dans la liste.</source>
        <translation>Analysis: choose an active analysis from the list.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Analyse « %1 » : inconnue ou retirée.</source>
        <translation>Analysis “%1”: unknown or retired.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Analyse « %1 » : déjà dans l'examen.</source>
        <translation>Analysis “%1”: already in the exam.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Code : obligatoire.</source>
        <translation>Code: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Libellé : obligatoire.</source>
        <translation>Label: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chapitre : choisissez le chapitre du compte rendu (créez-en un d'abord s'il n'y en a pas).</source>
        <translation>Chapter: choose the report chapter (create one first if there is none).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif : indiquez le motif de la modification.</source>
        <translation>Reason: enter the reason for the change.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Code : l'examen « %1 » existe déjà.</source>
        <translation>Code: exam “%1” already exists.</translation>
    </message>
</context>
<context>
    <name>sgl::app::ExamPicker</name>
    <message>
        <location filename="../../src/app/orders/ExamPicker.cpp" line="+28" />
        <source>Code ou libellé de l'examen (ex. NFS, glycémie)</source>
        <translation>Exam code or name (e.g. NFS, glycémie)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Examen :</source>
        <translation>&amp;Exam:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Ajouter l'examen</source>
        <translation>&amp;Add exam</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Examens demandés</source>
        <translation>Requested exams</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>sgl::app::HeldItemListModel</name>
    <message>
        <location filename="../../src/app/analyzers/HeldItemListModel.cpp" line="+38" />
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rattaché</source>
        <translation>Attached</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Position : %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alarmes de l'automate : %1</source>
        <translation>Analyzer flags: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 par %2 le %3 : %4</source>
        <translation>%1 by %2 on %3: %4</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automate</source>
        <translation>Analyzer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2" />
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sgl::app::HeldMessagesView</name>
    <message>
        <location filename="../../src/app/analyzers/HeldMessagesView.cpp" line="+76" />
        <location line="+203" />
        <source>Message brut</source>
        <translation>Raw message</translation>
    </message>
    <message>
        <location line="-201" />
        <source>&amp;Rattacher…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;jeter…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Messages en attente</source>
        <translation>Held messages</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Afficher :</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tous (y compris traités)</source>
        <translation>All (including processed)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ac&amp;tualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+183" />
        <source>Message brut n° %1 — %2</source>
        <translation>Raw message no. %1 — %2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Résultat rattaché : %1.</source>
        <translation>Result attached: %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat rejeté (%1).</source>
        <translation>Result rejected (%1).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Résultat rattaché au tube %1.</source>
        <translation>Result attached to tube %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Rejeter un résultat en attente</source>
        <translation>Reject a held result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le résultat %1 du tube %2 (automate %3) ne sera pas enregistré. Le message brut reste conservé.</source>
        <translation>Result %1 of tube %2 (analyzer %3) will not be recorded. The raw message is still kept.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Résultat rejeté (%1 / %2).</source>
        <translation>Result rejected (%1 / %2).</translation>
    </message>
</context>
<context>
    <name>sgl::app::IdentityComparison</name>
    <message>
        <location filename="../../src/app/reception/IdentityComparison.cpp" line="+73" />
        <location line="+68" />
        <source>Trait</source>
        <translation>Trait</translation>
    </message>
    <message>
        <location line="-68" />
        <source>Patient A</source>
        <translation>Patient A</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patient B</source>
        <translation>Patient B</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Indéterminé</source>
        <translation>Undetermined</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pas d'INS</source>
        <translation>No INS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (OID %2)</source>
        <translation>%1 (OID %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (non qualifié : ne pas utiliser)</source>
        <translation>%1 (not qualified: do not use)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>douteuse</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <location line="+2" />
        <source>fictive</source>
        <translation>fictitious</translation>
    </message>
    <message>
        <location line="+2" />
        <source>homonyme</source>
        <translation>namesake</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prénoms de naissance</source>
        <translation>Birth given names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date de naissance</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lieu de naissance (COG)</source>
        <translation>Birth place (COG)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nom utilisé</source>
        <translation>Used name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prénom utilisé</source>
        <translation>Used given name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>INS (NIR)</source>
        <translation>INS (NIR)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Statut d'identité</source>
        <translation>Identity status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attributs d'identité</source>
        <translation>Identity attributes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IPP</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dossiers d'analyses</source>
        <translation>Test requests</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Patient A (IPP %1)</source>
        <translation>Patient A (patient ID %1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patient B (IPP %1)</source>
        <translation>Patient B (patient ID %1)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Valeurs différentes</source>
        <translation>Different values</translation>
    </message>
</context>
<context>
    <name>sgl::app::IdentityForm</name>
    <message>
        <location filename="../../src/app/reception/IdentityForm.cpp" line="+23" />
        <source>Carte nationale d'identité</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passeport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Titre de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Livret de famille / acte de naissance</source>
        <translation>Family record book / birth certificate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Permis de conduire</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Carte Vitale</source>
        <translation>Vitale card</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Autre document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indéterminé</source>
        <translation>Undetermined</translation>
    </message>
    <message>
        <location line="+13" />
        <source>INS %1 (OID %2)</source>
        <translation>INS %1 (OID %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INS non qualifié : ne pas utiliser</source>
        <translation>INS not qualified: do not use</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pas d'INS</source>
        <translation>No INS</translation>
    </message>
    <message>
        <location line="+26" />
        <source> (haut niveau de confiance)</source>
        <translation> (high trust)</translation>
    </message>
    <message>
        <location line="+2" />
        <source> — vue par %1</source>
        <translation> — seen by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source> le %1</source>
        <translation> on %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aucun patient sélectionné</source>
        <translation>No patient selected</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nouveau patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Date de naissance invalide : « %1 » (attendu jj/mm/aaaa).</source>
        <translation>Invalid birth date: "%1" (expected dd/mm/yyyy).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Indiquez le sexe.</source>
        <translation>Select the sex.</translation>
    </message>
</context>
<context>
    <name>sgl::app::IdentityStatusBadge</name>
    <message>
        <location filename="../../src/app/widgets/IdentityStatusBadge.cpp" line="+23" />
        <source> · douteuse</source>
        <translation> · doubtful</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identité douteuse : ne peut être ni validée ni qualifiée.</source>
        <translation>Doubtful identity: can be neither validated nor qualified.</translation>
    </message>
    <message>
        <location line="+3" />
        <source> · fictive</source>
        <translation> · fictitious</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identité fictive : ne peut être ni validée ni qualifiée.</source>
        <translation>Fictitious identity: can be neither validated nor qualified.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Identité provisoire</source>
        <translation>Provisional identity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identité récupérée</source>
        <translation>Retrieved identity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identité validée</source>
        <translation>Validated identity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identité qualifiée</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ni INS vérifié par INSi, ni pièce d'identité à haut niveau de confiance.</source>
        <translation>neither an INS checked through INSi nor a high-trust identity document.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INS obtenu par INSi, pièce d'identité à haut niveau de confiance à contrôler.</source>
        <translation>INS obtained through INSi; a high-trust identity document remains to be checked.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pièce d'identité contrôlée, INS à obtenir par INSi.</source>
        <translation>identity document checked; the INS remains to be obtained through INSi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INS vérifié et pièce contrôlée : l'INS peut être utilisé et transmis.</source>
        <translation>INS checked and document verified: the INS may be used and sent.</translation>
    </message>
</context>
<context>
    <name>sgl::app::InAppDispatcher</name>
    <message>
        <location filename="../../src/app/dispatch/InAppDispatcher.cpp" line="+74" />
        <source>Envoi automatique inactif : aucun canal (DMP, MSSanté) n'est configuré.</source>
        <translation>Automatic sending inactive: no channel (DMP, MSSanté) is configured.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Envoi automatique actif sur ce poste : %1.</source>
        <translation>Automatic sending active on this workstation: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Envoi automatique arrêté : %1</source>
        <translation>Automatic sending stopped: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envoi automatique arrêté sur ce poste.</source>
        <translation>Automatic sending stopped on this workstation.</translation>
    </message>
</context>
<context>
    <name>sgl::app::InsiLookupDialog</name>
    <message>
        <location filename="../../src/app/reception/InsiLookupDialog.cpp" line="+24" />
        <source>INS retourné :</source>
        <translation>INS returned:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Trait</source>
        <translation>Trait</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Saisi au laboratoire</source>
        <translation>Entered at the lab</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Retourné par l'INSi</source>
        <translation>Returned by INSi</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Indiquez le motif du refus.</source>
        <translation>Give the reason for the refusal.</translation>
    </message>
</context>
<context>
    <name>sgl::app::LabelActions</name>
    <message>
        <location filename="../../src/app/orders/LabelActions.cpp" line="+27" />
        <source>&amp;Imprimer les étiquettes…</source>
        <translation>Pr&amp;int labels…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Étiquettes en &amp;PDF…</source>
        <translation>Labels as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Réimpression</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ces étiquettes ont déjà été imprimées. Motif de la réimpression :</source>
        <translation>These labels have already been printed. Reason for reprinting:</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+41" />
        <source>Réimpression annulée : aucun motif donné.</source>
        <translation>Reprint cancelled: no reason given.</translation>
    </message>
    <message numerus="yes">
        <location line="-34" />
        <source>%n étiquette(s) réimprimée(s).</source>
        <translation>
            <numerusform>%n label reprinted.</numerusform>
            <numerusform>%n labels reprinted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n étiquette(s) prête(s).</source>
        <translation>
            <numerusform>%n label ready.</numerusform>
            <numerusform>%n labels ready.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Écriture impossible de %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Étiquettes enregistrées dans %1.</source>
        <translation>Labels saved to %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enregistrer les étiquettes</source>
        <translation>Save labels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Imprimer les étiquettes</source>
        <translation>Print labels</translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <location line="+14" />
        <source>%n étiquette(s) envoyée(s) à l'imprimante.</source>
        <translation>
            <numerusform>%n label sent to the printer.</numerusform>
            <numerusform>%n labels sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::LabelLayoutEditor</name>
    <message>
        <location filename="../../src/app/admin/LabelLayoutEditor.cpp" line="+45" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Nom de naissance et prénom</source>
        <translation>Birth name and first name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nom utilisé</source>
        <translation>Used name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date de naissance</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Numéro de dossier</source>
        <translation>Dossier number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Urgence (URGENT, VITAL)</source>
        <translation>Urgency (URGENT, VITAL)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code-barres en clair</source>
        <translation>Human-readable barcode</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tube (contenant)</source>
        <translation>Tube (container)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nature de l'échantillon</source>
        <translation>Sample type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date et heure de prélèvement</source>
        <translation>Sampling date and time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Numéro d'exemplaire (1/2)</source>
        <translation>Copy number (1/2)</translation>
    </message>
    <message>
        <location line="+107" />
        <source>Aperçu impossible : corrigez le réglage signalé.</source>
        <translation>Preview unavailable: correct the flagged setting.</translation>
    </message>
</context>
<context>
    <name>sgl::app::LeveyJenningsChart</name>
    <message>
        <location filename="../../src/app/qc/LeveyJenningsChart.cpp" line="+54" />
        <source>Lot %1 — %2 sur %3</source>
        <translation>Lot %1 — %2 on %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passage</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Valeurs</source>
        <translation>Values</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Établissement de la cible</source>
        <translation>Target establishment</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Moyenne</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1%2 ET</source>
        <translation>%1%2 SD</translation>
    </message>
</context>
<context>
    <name>sgl::app::LimitsForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsSingle.cpp" line="-67" />
        <source>Limites</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>vide : limite de référence</source>
        <translation>empty: reference limit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Limite basse :</source>
        <translation>Low limit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limite haute :</source>
        <translation>High limit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unité :</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codes acceptés :</source>
        <translation>Accepted codes:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>analyse codée : codes séparés par des virgules</source>
        <translation>coded analysis: codes separated by commas</translation>
    </message>
    <message>
        <location line="+14" />
        <source>limite basse</source>
        <translation>low limit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>limite haute</source>
        <translation>high limit</translation>
    </message>
</context>
<context>
    <name>sgl::app::LoginDialog</name>
    <message>
        <location filename="../../src/app/shell/LoginDialog.cpp" line="+20" />
        <source>Se &amp;connecter</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Se connecter avec &amp;Pro Santé Connect</source>
        <translation>Sign in with Pro Santé &amp;Connect</translation>
    </message>
</context>
<context>
    <name>sgl::app::MainWindow</name>
    <message>
        <location filename="../../src/app/shell/MainWindow.cpp" line="+50" />
        <source>Poste verrouillé</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Authentifiez-vous pour reprendre le travail.</source>
        <translation>Sign in to resume work.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aucun écran disponible</source>
        <translation>No screen available</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vos rôles ne donnent accès à aucun écran de ce poste. Adressez-vous à un administrateur.</source>
        <translation>Your roles give access to no screen of this workstation. Please contact an administrator.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>(consultation)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Aucun utilisateur connecté</source>
        <translation>No user signed in</translation>
    </message>
    <message>
        <location line="+71" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>À propos de SGL</source>
        <translation>About SGL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;SGL %1&lt;/b&gt;&lt;br&gt;Système de gestion de laboratoire de biologie médicale, logiciel libre.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;SGL %1&lt;/b&gt;&lt;br&gt;Medical biology laboratory information system, free software.&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>sgl::app::NationalServicesDialog</name>
    <message>
        <location filename="../../src/app/admin/NationalServicesDialog.cpp" line="+24" />
        <source>Services nationaux (DMP, MSSanté)</source>
        <translation>National services (DMP, MSSanté)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Réglages du fichier de configuration %1, lus par le service d'envoi (sgl dispatch) et par les postes à leur prochain démarrage. Laisser vide l'adresse d'un service le désactive ; un mot de passe laissé vide reste inchangé.</source>
        <translation>Settings of the configuration file %1, read by the sending service (sgl dispatch) and by the workstations at their next start. Leaving a service address empty disables it; a password left empty stays unchanged.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>DMP</source>
        <translation>DMP (shared medical record)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté</source>
        <translation>MSSanté</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Annuaire Santé</source>
        <translation>Annuaire Santé</translation>
    </message>
    <message>
        <location line="+18" />
        <source>(inchangé)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Certificats et clés PEM (*.pem *.crt *.key);;Tous (*)</source>
        <translation>PEM certificates and keys (*.pem *.crt *.key);;All (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>sgl::app::NonConformityDialog</name>
    <message>
        <location filename="../../src/app/specimens/NonConformityDialog.cpp" line="+18" />
        <source>Tube %1 (%2), %3.</source>
        <translation>Tube %1 (%2), %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reçu le %1 par %2</source>
        <translation>received on %1 by %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>non encore réceptionné</source>
        <translation>not yet received</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Conséquence</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réaliser avec réserve sur le compte rendu</source>
        <translation>Perform with a reservation on the report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler et demander un nouveau prélèvement</source>
        <translation>Cancel and request a new sample</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Résultat déjà validé biologiquement.</source>
        <translation>Result already biologically validated.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>sgl::app::OrderEntryDialog</name>
    <message>
        <location filename="../../src/app/orders/OrderEntryDialog.cpp" line="+57" />
        <source>Nouveau dossier — %1</source>
        <translation>New dossier — %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Créer le dossier</source>
        <translation>&amp;Create dossier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+114" />
        <source>Prescripteur</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location line="-111" />
        <source>Dr Prénom NOM</source>
        <translation>Dr Firstname SURNAME</translation>
    </message>
    <message>
        <location line="+2" />
        <source>11 chiffres</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location line="+3" />
        <source>prenom.nom@medecin.mssante.fr</source>
        <translation>firstname.surname@medecin.mssante.fr</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ann&amp;uaire…</source>
        <translation>&amp;Directory…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chercher le prescripteur dans l'Annuaire Santé (nom, RPPS, adresse MSSanté)</source>
        <translation>Search for the prescriber in the Annuaire Santé (name, RPPS, MSSanté address)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;RPPS :</source>
        <translation>&amp;RPPS:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;MSSanté :</source>
        <translation>&amp;MSSanté:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copies à (correspondants)</source>
        <translation>Copies to (copy recipients)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MSSanté</source>
        <translation>MSSanté</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ajouter une copie</source>
        <translation>Add a copy recipient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Depuis l'annuaire…</source>
        <translation>From the directory…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Prescription et prélèvement</source>
        <translation>Prescription and sampling</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Prélevé le</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nom du préleveur (infirmier(ère), service)</source>
        <translation>Sampler's name (nurse, ward)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Externe (prescripteur de ville)</source>
        <translation>External (community prescriber)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service hospitalier</source>
        <translation>Hospital ward</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service (ex. Cardiologie)</source>
        <translation>Ward (e.g. Cardiology)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date de &amp;prescription :</source>
        <translation>&amp;Prescription date:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prélèvement :</source>
        <translation>Sampling:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Préle&amp;veur :</source>
        <translation>Sampled &amp;by:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nom du préleveur :</source>
        <translation>Sampler's name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Origine :</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ser&amp;vice :</source>
        <translation>&amp;Ward:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priori&amp;té :</source>
        <translation>Priori&amp;ty:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Destinataires du compte rendu</source>
        <translation>Report recipients</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Patient par MSSanté</source>
        <translation>Patient via MSSanté</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Possible seulement avec une INS qualifiée.</source>
        <translation>Only possible with a qualified INS.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patient par MSSanté (INS non qualifiée)</source>
        <translation>Patient via MSSanté (INS not qualified)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copie papier</source>
        <translation>Paper copy</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Examens</source>
        <translation>Exams</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Renseignements cliniques</source>
        <translation>Clinical information</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Code-barres</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Prescripteur — Annuaire Santé</source>
        <translation>Prescriber — Annuaire Santé</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Copie à un correspondant — Annuaire Santé</source>
        <translation>Copy to a recipient — Annuaire Santé</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Clé de contrôle du RPPS incorrecte : vérifiez le numéro (le dossier peut quand même être enregistré).</source>
        <translation>Incorrect RPPS check digit: check the number (the dossier can still be saved).</translation>
    </message>
    <message numerus="yes">
        <location line="+109" />
        <source>&lt;b&gt;Dossier %1 créé&lt;/b&gt; — %2, %n tube(s) à prélever.</source>
        <translation>
            <numerusform>&lt;b&gt;Dossier %1 created&lt;/b&gt; — %2, %n tube to collect.</numerusform>
            <numerusform>&lt;b&gt;Dossier %1 created&lt;/b&gt; — %2, %n tubes to collect.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Dossier enregistré avec des avertissements.</source>
        <translation>Dossier saved with warnings.</translation>
    </message>
</context>
<context>
    <name>sgl::app::OrderLauncher</name>
    <message>
        <location filename="../../src/app/orders/OrderLauncher.cpp" line="+32" />
        <source>Demandes d'examens</source>
        <translation>Exam requests</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nouveau &amp;dossier…</source>
        <translation>New &amp;dossier…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saisir une demande d'examens pour ce patient (prescripteur, examens, tubes).</source>
        <translation>Enter an exam request for this patient (prescriber, exams, tubes).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dossiers du &amp;patient…</source>
        <translation>&amp;Patient dossiers…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ajouter ou annuler des examens, réimprimer des étiquettes.</source>
        <translation>Add or cancel exams, reprint labels.</translation>
    </message>
</context>
<context>
    <name>sgl::app::PatientListModel</name>
    <message>
        <location filename="../../src/app/reception/PatientListModel.cpp" line="+18" />
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+2" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+76" />
        <source>%1 — INS %2</source>
        <translation>%1 — INS %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source> (douteuse)</source>
        <translation> (doubtful)</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (fictive)</source>
        <translation> (fictitious)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>IPP</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nom de
naissance</source>
        <translation>Birth
name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nom utilisé</source>
        <translation>Used name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Né(e) le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INS</source>
        <translation>INS</translation>
    </message>
</context>
<context>
    <name>sgl::app::PatientMergeDialog</name>
    <message>
        <location filename="../../src/app/reception/PatientMergeDialog.cpp" line="+35" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Doublon probable</source>
        <translation>Probable duplicate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Motifs</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="+104" />
        <source>%1 — %2, né(e) le %3</source>
        <translation>%1 — %2, born on %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>même personne (INS identique)</source>
        <translation>same person (identical INS)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Aucun doublon probable pour ces patients.</source>
        <translation>No probable duplicate for these patients.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n paire(s) à examiner.</source>
        <translation>
            <numerusform>%n pair to review.</numerusform>
            <numerusform>%n pairs to review.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38" />
        <source>Sélectionnez une paire pour comparer les deux identités.</source>
        <translation>Select a pair to compare the two identities.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Conserver le patient A : %1 — %2 (%n dossier(s) d'analyses)</source>
        <translation>
            <numerusform>Keep patient A: %1 — %2 (%n test request)</numerusform>
            <numerusform>Keep patient A: %1 — %2 (%n test requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Conserver le patient B : %1 — %2 (%n dossier(s) d'analyses)</source>
        <translation>
            <numerusform>Keep patient B: %1 — %2 (%n test request)</numerusform>
            <numerusform>Keep patient B: %1 — %2 (%n test requests)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Règles : le dossier conservé garde ses traits, son statut, son INS et ses pièces d'identité ; ses coordonnées vides sont complétées par celles de l'autre ; l'INS de l'autre n'est repris que s'il n'en a pas et que les traits stricts sont identiques. Une fusion ne peut pas être annulée.</source>
        <translation>Rules: the record kept keeps its identity traits, its status, its INS and its identity documents; its empty contact details are filled in from the other one; the other's INS is taken over only if it has none and the strict traits are identical. A merge cannot be undone.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fusion impossible : %1</source>
        <translation>Merge impossible: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Recommandation : %1</source>
        <translation>Recommendation: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+59" />
        <source>Après la fusion : %1 conservé avec une identité %2 ; %n dossier(s) d'analyses de %3 lui seront rattachés ; %3 ne sera plus proposé dans les recherches.</source>
        <translation>
            <numerusform>After the merge: %1 kept with a %2 identity; %n test request of %3 will be attached to it; %3 will no longer be offered in searches.</numerusform>
            <numerusform>After the merge: %1 kept with a %2 identity; %n test requests of %3 will be attached to it; %3 will no longer be offered in searches.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>L'INS de %1 est repris (traits stricts identiques).</source>
        <translation>The INS of %1 is taken over (identical strict traits).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L'INS de %1 n'est pas repris : ses traits stricts diffèrent ou l'identité conservée ne le permet pas.</source>
        <translation>The INS of %1 is not taken over: its strict traits differ or the identity kept does not allow it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>⚠ Ce n'est pas le dossier recommandé. </source>
        <translation>⚠ This is not the recommended record. </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Sélectionnez d'abord une paire de dossiers.</source>
        <translation>Select a pair of records first.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choisissez le dossier patient à conserver.</source>
        <translation>Choose the patient record to keep.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indiquez le motif de la fusion (obligatoire).</source>
        <translation>Enter the reason for the merge (required).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fusionner %1 (%2) dans %3 (%4) ? Cette fusion est définitive : elle ne peut pas être annulée. Les dossiers d'analyses, résultats, identifiants et messages de %1 seront rattachés à %3, et %1 ne sera plus proposé dans les recherches. Motif : « %5 ».</source>
        <translation>Merge %1 (%2) into %3 (%4)? This merge is permanent: it cannot be undone. The test requests, results, identifiers and messages of %1 will be attached to %3, and %1 will no longer be offered in searches. Reason: “%5”.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 Rien n'a été fusionné ; les deux dossiers ont été relus.</source>
        <translation>%1 Nothing was merged; both records were reloaded.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 Rien n'a été fusionné.</source>
        <translation>%1 Nothing was merged.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Fusion enregistrée : %1 fusionné dans %2 ; %n dossier(s) d'analyses rattaché(s).</source>
        <translation>
            <numerusform>Merge recorded: %1 merged into %2; %n test request attached.</numerusform>
            <numerusform>Merge recorded: %1 merged into %2; %n test requests attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::PopulationForm</name>
    <message>
        <location filename="../../src/app/autoval/PopulationForm.cpp" line="+43" />
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Femmes</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hommes</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ans</source>
        <translation>years</translation>
    </message>
    <message>
        <location line="+0" />
        <source>mois</source>
        <translation>months</translation>
    </message>
    <message>
        <location line="+0" />
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Âge révolu au prélèvement, inclus ; « — » : pas de limite</source>
        <translation>Completed age at collection, included; “—”: no limit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Âge révolu au prélèvement, exclu ; « — » : pas de limite</source>
        <translation>Completed age at collection, excluded; “—”: no limit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Externes</source>
        <translation>External</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Services</source>
        <translation>Wards</translation>
    </message>
    <message>
        <location line="+4" />
        <source>services séparés par des virgules ; vide : tous</source>
        <translation>wards separated by commas; empty: all</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sexe :</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Origine :</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Âge à partir de :</source>
        <translation>Age from:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>avant :</source>
        <translation>under:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Services :</source>
        <translation>Wards:</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Population : l'âge « avant » doit être supérieur à 0.</source>
        <translation>Population: the “under” age must be greater than 0.</translation>
    </message>
</context>
<context>
    <name>sgl::app::PreviousValuesModel</name>
    <message>
        <location filename="../../src/app/validation/PreviousValuesModel.cpp" line="+25" />
        <source>Valeur du dossier ouvert</source>
        <translation>Value of the open request</translation>
    </message>
    <message>
        <location line="+5" />
        <source>
Mesuré dans une autre unité (%1)</source>
        <translation>
Measured in another unit (%1)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ind.</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Actuel</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N-%1</source>
        <translation>N-%1</translation>
    </message>
</context>
<context>
    <name>sgl::app::ProfileImportDialog</name>
    <message>
        <location filename="../../src/app/analyzers/ProfileImportDialog.cpp" line="+36" />
        <source>Importer des profils d'automates</source>
        <translation>Import analyzer profiles</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Protocole</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Effet</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+10" />
        <source>nouveau</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+4" />
        <source>modifié (remplace le profil actuel)</source>
        <translation>changed (replaces the current profile)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>identique</source>
        <translation>identical</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Fichier %1 : %2 profil(s), dont %3 nouveau(x) et %4 modifié(s). L'import est complet ou n'a pas lieu.</source>
        <translation>File %1: %2 profile(s), of which %3 new and %4 changed. The import is complete or does not take place.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>obligatoire, conservé dans l'historique</source>
        <translation>required, kept in the history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sgl::app::ProfileMappingsEditor</name>
    <message>
        <location filename="../../src/app/analyzers/ProfileMappingsEditor.cpp" line="+69" />
        <source>Code automate</source>
        <translation>Analyzer code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyse du catalogue</source>
        <translation>Catalogue analysis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alarme</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indicateur HL7 0078</source>
        <translation>HL7 0078 flag</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Codes d'analyses</source>
        <translation>Analysis codes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ajouter un code</source>
        <translation>Add a code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Supprimer le code</source>
        <translation>Remove the code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alarmes</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ajouter une alarme</source>
        <translation>Add a flag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Supprimer l'alarme</source>
        <translation>Remove the flag</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Codes &amp;ignorés :</source>
        <translation>&amp;Ignored codes:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>séparés par des espaces ; un * final couvre un préfixe (ex. CT*)</source>
        <translation>separated by spaces; a trailing * covers a prefix (e.g. CT*)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Les codes de l'automate déjà déclarés dans le catalogue (codes automates des analyses) n'ont pas besoin d'être repris ici ; une ligne ici l'emporte sur le catalogue.</source>
        <translation>Analyzer codes already declared in the catalogue (analyzer codes of the analyses) do not need to be repeated here; a line here takes precedence over the catalogue.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>H, L, HH, LL, A, &lt;, &gt; ; vide : alarme seulement affichée</source>
        <translation>H, L, HH, LL, A, &lt;, &gt;; empty: flag only displayed</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Facteur « %1 » de la ligne %2 : nombre positif attendu (1 si les unités sont les mêmes).</source>
        <translation>Factor “%1” on line %2: positive number expected (1 if the units are the same).</translation>
    </message>
</context>
<context>
    <name>sgl::app::PscLoginFlow</name>
    <message>
        <location filename="../../src/app/shell/PscLoginFlow.cpp" line="+39" />
        <source>Le navigateur du poste n'a pas pu être ouvert pour la connexion Pro Santé Connect.</source>
        <translation>The workstation's browser could not be opened for the Pro Santé Connect sign-in.</translation>
    </message>
</context>
<context>
    <name>sgl::app::PscSessionHolder</name>
    <message>
        <location filename="../../src/app/shell/PscSessionHolder.cpp" line="+50" />
        <source>Pro Santé Connect n'est pas paramétré sur ce poste (Paramètres ▸ Pro Santé Connect).</source>
        <translation>Pro Santé Connect is not set up on this workstation (Settings ▸ Pro Santé Connect).</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Pro Santé Connect n'a pas fourni de jeton de renouvellement.</source>
        <translation>Pro Santé Connect did not provide a refresh token.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>la durée maximale de la session est atteinte.</source>
        <translation>the maximum session duration has been reached.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Votre session Pro Santé Connect a expiré : %1 Reconnectez-vous.</source>
        <translation>Your Pro Santé Connect session has expired: %1 Sign in again.</translation>
    </message>
</context>
<context>
    <name>sgl::app::PscSettingsPage</name>
    <message>
        <location filename="../../src/app/shell/PscSettingsPage.cpp" line="+14" />
        <source>Connexion des professionnels par Pro Santé Connect (carte CPS ou e-CPS) dans le navigateur du poste. Le secret du service n'est jamais saisi ici : il reste dans la passerelle du laboratoire (sgl psc-gateway). Laissez vide pour ne pas proposer cette connexion.</source>
        <translation>Sign-in of professionals with Pro Santé Connect (CPS card or e-CPS) in the workstation's browser. The service secret is never entered here: it stays in the laboratory gateway (sgl psc-gateway). Leave empty not to offer this sign-in.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>désactivé</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+3" />
        <source>autorités du système</source>
        <translation>system authorities</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Adresse du fournisseur (issuer) :</source>
        <translation>Provider address (issuer):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identifiant du service (client_id) :</source>
        <translation>Service identifier (client_id):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passerelle du laboratoire :</source>
        <translation>Laboratory gateway:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Port de retour local :</source>
        <translation>Local return port:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autorités de certification (PEM) :</source>
        <translation>Certificate authorities (PEM):</translation>
    </message>
</context>
<context>
    <name>sgl::app::PscSignInPanel</name>
    <message>
        <location filename="../../src/app/shell/PscSignInPanel.cpp" line="+17" />
        <source>Carte CPS ou application e-CPS, dans le navigateur du poste</source>
        <translation>CPS card or e-CPS app, in the workstation's browser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validez la connexion dans votre navigateur…</source>
        <translation>Confirm the sign-in in your browser…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sgl::app::QcEntryDialog</name>
    <message>
        <location filename="../../src/app/qc/QcEntryDialog.cpp" line="+31" />
        <source>Saisir un contrôle qualité</source>
        <translation>Enter a quality control</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 sur %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyse et automate :</source>
        <translation>Analysis and analyzer:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Passage le :</source>
        <translation>Run on:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Commentaire :</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (niveau %2)</source>
        <translation>%1 (level %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>en établissement</source>
        <translation>being established</translation>
    </message>
</context>
<context>
    <name>sgl::app::QcHoldBanner</name>
    <message>
        <location filename="../../src/app/validation/QcHoldBanner.cpp" line="+42" />
        <source>%1 (lot %2, règle %3, %4)</source>
        <translation>%1 (lot %2, rule %3, %4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Résultats retenus par le contrôle qualité : %1</source>
        <translation>Results held by quality control: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Voir le CQ %1</source>
        <translation>View QC %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ouvrir l'écran Contrôle qualité sur %1 (revue du passage rejeté)</source>
        <translation>Open the Quality control screen on %1 (review of the rejected run)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>. Validation impossible avant la revue du contrôle par un technicien ou un biologiste.</source>
        <translation>. Validation is not possible until a technician or a biologist has reviewed the control.</translation>
    </message>
</context>
<context>
    <name>sgl::app::QcLotDialog</name>
    <message>
        <location filename="../../src/app/qc/QcLotDialog.cpp" line="+46" />
        <source>Modifier le lot %1</source>
        <translation>Edit lot %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nouveau lot de contrôle</source>
        <translation>New control lot</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nouveau contrôle…</source>
        <translation>New control…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+123" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-122" />
        <source>Contrôle :</source>
        <translation>Control:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code du nouveau contrôle :</source>
        <translation>Code of the new control:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libellé :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Niveau :</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numéro de lot :</source>
        <translation>Lot number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automate (profil) :</source>
        <translation>Analyzer (profile):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analyse (code) :</source>
        <translation>Analysis (code):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unité :</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valeurs du fabricant</source>
        <translation>Manufacturer values</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calculée sur les premiers passages</source>
        <translation>Computed from the first runs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cible :</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moyenne :</source>
        <translation>Mean:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Écart-type :</source>
        <translation>Standard deviation:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Passages pour établir la cible :</source>
        <translation>Runs to establish the target:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Péremption le</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lot actif</source>
        <translation>Active lot</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>sgl::app::QcLotListModel</name>
    <message>
        <location filename="../../src/app/qc/QcLotListModel.cpp" line="+54" />
        <source>%1 (niveau %2)</source>
        <translation>%1 (level %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>en cours d'établissement (%1 passages)</source>
        <translation>being established (%1 runs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 ± %2 %3</source>
        <translation>%1 ± %2 %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>retiré</source>
        <translation>retired</translation>
    </message>
    <message>
        <location line="+2" />
        <source>périmé le %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contrôle</source>
        <translation>Control</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automate</source>
        <translation>Analyzer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cible (moyenne ± ET)</source>
        <translation>Target (mean ± SD)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sgl::app::QcReviewDialog</name>
    <message>
        <location filename="../../src/app/qc/QcReviewDialog.cpp" line="+25" />
        <source>Revue du contrôle qualité rejeté</source>
        <translation>Review of the rejected quality control</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Résultats patients retenus (%1) :</source>
        <translation>Held patient results (%1):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Des résultats arrivés depuis le rejet sont aussi retenus ; ils seront traités avec la revue.</source>
        <translation>Results that arrived since the rejection are also held; they will be handled with the review.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Accepter le contrôle (motif obligatoire) : les résultats sont libérés</source>
        <translation>Accept the control (reason required): the results are released</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repasser les résultats retenus</source>
        <translation>Rerun the held results</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Décision :</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ex. contrôle repassé dans les limites, flacon mal reconstitué</source>
        <translation>e.g. control rerun within limits, vial badly reconstituted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Commentaire :</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enregistrer la revue</source>
        <translation>Save the review</translation>
    </message>
</context>
<context>
    <name>sgl::app::QcRulesDialog</name>
    <message>
        <location filename="../../src/app/qc/QcRulesDialog.cpp" line="+26" />
        <source>Règles de Westgard</source>
        <translation>Westgard rules</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Les règles cochées s'appliquent à chaque passage de contrôle de l'analyse, sur tous ses lots et automates. Une règle de &lt;b&gt;rejet&lt;/b&gt; rejette le passage : les résultats patients de l'automate et de l'analyse mesurés depuis le dernier contrôle accepté sont retenus (ni validation technique ni biologique) jusqu'à la revue du contrôle. Une &lt;b&gt;alerte&lt;/b&gt; accepte le passage et prévient le technicien. Par défaut, toutes les règles s'appliquent.</source>
        <translation>The checked rules apply to every control run of the analysis, on all its lots and analyzers. A &lt;b&gt;rejection&lt;/b&gt; rule rejects the run: the patient results of the analyzer and analysis measured since the last accepted control are held (neither technical nor biological validation) until the control is reviewed. A &lt;b&gt;warning&lt;/b&gt; accepts the run and alerts the technician. By default, all rules apply.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Analyse (ayant des lots de contrôle) :</source>
        <translation>Analysis (with control lots):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Règles appliquées</source>
        <translation>Applied rules</translation>
    </message>
    <message>
        <location line="+10" />
        <source>rejet</source>
        <translation>rejection</translation>
    </message>
    <message>
        <location line="+0" />
        <source>alerte</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Règles par défaut</source>
        <translation>Default rules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Aucune analyse n'a de lot de contrôle : créez d'abord un lot.</source>
        <translation>No analysis has a control lot: create a lot first.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Une valeur de contrôle au-delà de 2 écarts-types : signal d'alerte, le passage reste accepté. Attendu environ une fois sur 20 par hasard.</source>
        <translation>One control value beyond 2 standard deviations: warning signal, the run stays accepted. Expected about once in 20 by chance.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Une valeur au-delà de 3 écarts-types : erreur aléatoire importante ou grosse erreur systématique.</source>
        <translation>One value beyond 3 standard deviations: large random error or large systematic error.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deux valeurs consécutives au-delà de 2 écarts-types du même côté (même niveau sur deux passages, ou deux niveaux d'un passage) : erreur systématique.</source>
        <translation>Two consecutive values beyond 2 standard deviations on the same side (same level over two runs, or two levels of one run): systematic error.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dans un même passage, un niveau au-delà de +2 écarts-types et un autre au-delà de −2 : écart de plus de 4 écarts-types, erreur aléatoire.</source>
        <translation>Within one run, one level beyond +2 standard deviations and another beyond −2: a spread of more than 4 standard deviations, random error.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quatre valeurs consécutives au-delà d'1 écart-type du même côté : dérive systématique.</source>
        <translation>Four consecutive values beyond 1 standard deviation on the same side: systematic drift.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dix valeurs consécutives du même côté de la moyenne : biais systématique (réactif, calibration).</source>
        <translation>Ten consecutive values on the same side of the mean: systematic bias (reagent, calibration).</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Aucune règle cochée : %1 revient aux règles par défaut (toutes).</source>
        <translation>No rule checked: %1 reverts to the default rules (all).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Règles de %1 enregistrées.</source>
        <translation>Rules of %1 saved.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Aucune règle cochée : l'enregistrement rétablit les règles par défaut (toutes).</source>
        <translation>No rule checked: saving restores the default rules (all).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejet : %1. Alerte : %2.</source>
        <translation>Rejection: %1. Warning: %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>aucune (aucun passage ne sera rejeté)</source>
        <translation>none (no run will be rejected)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0" />
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(règles par défaut)</source>
        <translation>(default rules)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consultation seulement : la modification est réservée aux techniciens et biologistes.</source>
        <translation>Read-only: changes are reserved for technicians and biologists.</translation>
    </message>
</context>
<context>
    <name>sgl::app::QcRunListModel</name>
    <message>
        <location filename="../../src/app/qc/QcLotListModel.cpp" line="+53" />
        <source>établissement</source>
        <translation>establishment</translation>
    </message>
    <message>
        <location line="+8" />
        <source>à revoir</source>
        <translation>to review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accepté après revue</source>
        <translation>accepted after review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>repasse demandée</source>
        <translation>rerun requested</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Écart (ET)</source>
        <translation>Deviation (SD)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Règles</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revue</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>sgl::app::QcView</name>
    <message>
        <location filename="../../src/app/qc/QcView.cpp" line="+28" />
        <source>Contrôle qualité</source>
        <translation>Quality control</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saisir un contrôle…</source>
        <translation>Enter a control…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nouveau lot…</source>
        <translation>New lot…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modifier le lot…</source>
        <translation>Edit the lot…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Règles de Westgard…</source>
        <translation>Westgard rules…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Revoir…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 — %2 résultat(s) retenu(s)</source>
        <translation>%1 — %2 result(s) held</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Aucun contrôle rejeté en attente de revue.</source>
        <translation>No rejected control awaiting review.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 contrôle(s) rejeté(s) en attente de revue : les résultats patients concernés sont retenus.</source>
        <translation>%1 rejected control(s) awaiting review: the patient results concerned are held.</translation>
    </message>
</context>
<context>
    <name>sgl::app::RatioForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsMulti.cpp" line="+7" />
        <source>Rapport de deux analyses</source>
        <translation>Ratio of two analyses</translation>
    </message>
    <message>
        <location line="+2" />
        <source>numérateur (HT)</source>
        <translation>numerator (HT)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dénominateur (HB)</source>
        <translation>denominator (HB)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+23" />
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+23" />
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Analyses :</source>
        <translation>Analyses:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rapport entre :</source>
        <translation>Ratio between:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>numérateur requis.</source>
        <translation>numerator required.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>dénominateur requis.</source>
        <translation>denominator required.</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReasonDialog</name>
    <message>
        <location filename="../../src/app/analyzers/ReasonDialog.cpp" line="+21" />
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>obligatoire, conservé dans l'historique</source>
        <translation>required, kept in the history</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Valider</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReceivedMessageModel</name>
    <message>
        <location filename="../../src/app/dispatch/ReceivedMessageModel.cpp" line="+61" />
        <source>Traité par %1 le %2 : %3</source>
        <translation>Processed by %1 on %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Message de plus de 10 Mo : seuls les 10 premiers Mo sont conservés.</source>
        <translation>Message larger than 10 MB: only the first 10 MB are kept.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReceivedMessagesPane</name>
    <message>
        <location filename="../../src/app/dispatch/ReceivedMessagesPane.cpp" line="+31" />
        <source>Afficher les messages traités</source>
        <translation>Show processed messages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enregistrer le message…</source>
        <translation>Save the message…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marquer traité…</source>
        <translation>Mark as processed…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Messages reçus sur la boîte MSSanté du laboratoire que la lecture automatique n'a pas pu traiter : à examiner par un humain.</source>
        <translation>Messages received in the laboratory's MSSanté mailbox that automatic reading could not process: to be examined by a person.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Enregistrer le message sélectionné (fichier .eml) pour le lire dans un logiciel de messagerie</source>
        <translation>Save the selected message (.eml file) to read it in an email client</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Marquer le message sélectionné comme traité, avec une note obligatoire</source>
        <translation>Mark the selected message as processed, with a required note</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Motif : %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Traité par %1 le %2 : %3</source>
        <translation>Processed by %1 on %2: %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Le message n'a pas pu être enregistré dans %1 : %2.</source>
        <translation>The message could not be saved to %1: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Message enregistré dans %1 (tronqué : seuls les 10 premiers Mo sont conservés).</source>
        <translation>Message saved to %1 (truncated: only the first 10 MB are kept).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message enregistré dans %1.</source>
        <translation>Message saved to %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Enregistrer le message reçu</source>
        <translation>Save the received message</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message électronique (*.eml)</source>
        <translation>Email message (*.eml)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Marquer le message traité</source>
        <translation>Mark the message as processed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message de %1 reçu le %2 (« %3 »). Indiquez ce qui en a été fait (compte rendu saisi, expéditeur rappelé, message transmis…).</source>
        <translation>Message from %1 received on %2 (“%3”). State what was done with it (report entered, sender called back, message forwarded…).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Message de %1 marqué traité.</source>
        <translation>Message from %1 marked as processed.</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReceptionView</name>
    <message>
        <location filename="../../src/app/reception/ReceptionView.cpp" line="+98" />
        <source>INSi avec ma carte CPS</source>
        <translation>INSi with my CPS card</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Date de naissance invalide : « %1 » (attendu jj/mm/aaaa).</source>
        <translation>Invalid birth date: "%1" (expected dd/mm/yyyy).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saisissez un nom, une date de naissance, un IPP ou un n° de dossier / code-barres de tube.</source>
        <translation>Enter a name, a birth date, an IPP or a dossier number / tube barcode.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aucun patient trouvé.</source>
        <translation>No patient found.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n patient(s) trouvé(s).</source>
        <translation>
            <numerusform>%n patient found.</numerusform>
            <numerusform>%n patients found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31" />
        <source>Dossier fusionné dans un autre patient : consultation seule.</source>
        <translation>Record merged into another patient: read-only.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Identité INSi acceptée ; identité %1.</source>
        <translation>INSi identity accepted; identity %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Identité INSi refusée ; le refus est tracé.</source>
        <translation>INSi identity refused; the refusal is logged.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Recherchez ou sélectionnez d'abord un patient : ses doublons probables seront proposés.</source>
        <translation>Search for or select a patient first: their probable duplicates will be offered.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Dossier %1 fusionné dans %2.</source>
        <translation>Record %1 merged into %2.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Identité enregistrée. Un trait strict a changé : le statut passe de %1 à %2.</source>
        <translation>Identity saved. A strict trait changed: the status goes from %1 to %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Identité enregistrée.</source>
        <translation>Identity saved.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>• %1 — %2, né(e) le %3 : %4 (score %5)</source>
        <translation>• %1 — %2, born on %3: %4 (score %5)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Identités proches déjà enregistrées ; rien n'a été créé. Vérifiez qu'il ne s'agit pas du même patient :
%1</source>
        <translation>Similar identities are already registered; nothing was created. Check that this is not the same patient:
%1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Patient créé : IPP %1, identité %2.</source>
        <translation>Patient created: ID %1, identity %2.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Pièce enregistrée ; identité %1.</source>
        <translation>Document recorded; identity %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Attributs enregistrés ; identité %1.</source>
        <translation>Attributes saved; identity %1.</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReferenceRangeDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ReferenceRangeDialog.cpp" line="+33" />
        <source>Valeurs de référence de %1</source>
        <translation>Reference ranges of %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2), unité %3. Sexe : F, M ou vide (tous) ; âges : 30j, 6m, 18a, borne haute exclue et vide = sans limite ; nombres avec virgule décimale.</source>
        <translation>%1 (%2), unit %3. Sex: F, M or empty (all); ages: 30j (days), 6m (months), 18a (years), upper bound excluded and empty = no limit; numbers with a decimal comma.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sans unité</source>
        <translation>no unit</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Rien n'a été enregistré :</source>
        <translation>Nothing was saved:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Indiquez le motif de la modification.</source>
        <translation>Give the reason for the change.</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReferenceRangeTableModel</name>
    <message>
        <location filename="../../src/app/catalogue/ReferenceRangeTableModel.cpp" line="+75" />
        <source>plage %1, colonne « %2 »</source>
        <translation>range %1, column “%2”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sexe « %1 » invalide : F, M ou vide (tous).</source>
        <translation>Invalid sex “%1”: F, M or empty (all).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Âge « %1 » invalide : un nombre suivi de j, m ou a (ex. 30j, 6m, 18a).</source>
        <translation>Invalid age “%1”: a number followed by j, m or a (e.g. 30j, 6m, 18a).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Valeur « %1 » invalide : nombre attendu.</source>
        <translation>Invalid value “%1”: a number is expected.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Âge de</source>
        <translation>Age from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Âge jusqu'à (exclu)</source>
        <translation>Age up to (excluded)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Normale basse</source>
        <translation>Normal low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Normale haute</source>
        <translation>Normal high</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critique basse</source>
        <translation>Critical low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critique haute</source>
        <translation>Critical high</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limite valide basse</source>
        <translation>Valid limit low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limite valide haute</source>
        <translation>Valid limit high</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texte</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReflexRuleDialog</name>
    <message>
        <location filename="../../src/app/catalogue/ReflexRuleDialog.cpp" line="+34" />
        <source>Analyse %1 — %2</source>
        <translation>Analysis %1 — %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Examen %1 — %2</source>
        <translation>Exam %1 — %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Modifier la règle réflexe %1</source>
        <translation>Edit reflex rule %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nouvelle règle réflexe</source>
        <translation>New reflex rule</translation>
    </message>
    <message>
        <location line="+90" />
        <source>sans unité</source>
        <translation>no unit</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Code : obligatoire.</source>
        <translation>Code: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Libellé : obligatoire.</source>
        <translation>Label: required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyse déclenchante : choisissez une analyse.</source>
        <translation>Trigger analysis: choose an analysis.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Seuil : « %1 » n'est pas un nombre (ex. 4,5).</source>
        <translation>Threshold: “%1” is not a number (e.g. 4.5).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seuil : obligatoire pour la condition « %1 ».</source>
        <translation>Threshold: required for condition “%1”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Valeurs codées : cochez au moins une valeur de l'analyse déclenchante.</source>
        <translation>Coded values: check at least one value of the trigger analysis.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ajoute : choisissez l'analyse ou l'examen à ajouter.</source>
        <translation>Adds: choose the analysis or exam to add.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif : indiquez le motif de la modification.</source>
        <translation>Reason: enter the reason for the change.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Code : la règle « %1 » existe déjà.</source>
        <translation>Code: rule “%1” already exists.</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReflexRulePanel</name>
    <message>
        <location filename="../../src/app/catalogue/ReflexRulePanel.cpp" line="+95" />
        <source>Règle réflexe %1 créée (nouvelle version du catalogue).</source>
        <translation>Reflex rule %1 created (new catalogue version).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Règle réflexe %1 enregistrée (nouvelle version du catalogue).</source>
        <translation>Reflex rule %1 saved (new catalogue version).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Motif : indiquez le motif de la suppression de la règle %1.</source>
        <translation>Reason: enter the reason for deleting rule %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Règle réflexe %1 supprimée.</source>
        <translation>Reflex rule %1 deleted.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Supprimer la règle réflexe</source>
        <translation>Delete the reflex rule</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Motif de la suppression de la règle %1 (conservé dans l'historique) :</source>
        <translation>Reason for deleting rule %1 (kept in the history):</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReflexRuleTableModel</name>
    <message>
        <location filename="../../src/app/catalogue/ReflexRuleTableModel.cpp" line="+72" />
        <source>examen %1 — %2</source>
        <translation>exam %1 — %2</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+2" />
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Déclencheur</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seuil / valeurs</source>
        <translation>Threshold / values</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ajoute</source>
        <translation>Adds</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatique</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReportVersionModel</name>
    <message>
        <location filename="../../src/app/reports/ReportVersionModel.cpp" line="+36" />
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Émis</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remplacé</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retiré</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+32" />
        <source>V%1 (rectificatif)</source>
        <translation>V%1 (amended)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>V%1</source>
        <translation>V%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Partiel</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Complet</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signé par</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif de la rectification</source>
        <translation>Reason for amendment</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReportsView</name>
    <message>
        <location filename="../../src/app/reports/ReportsView.cpp" line="+65" />
        <source>Partage de la version affichée</source>
        <translation>Sharing for the displayed version</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Partage de la prochaine version</source>
        <translation>Sharing for the next version</translation>
    </message>
    <message>
        <location line="+126" />
        <source>É&amp;mettre le compte rendu</source>
        <translation>&amp;Issue the report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>É&amp;mettre une nouvelle version</source>
        <translation>&amp;Issue a new version</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Partage de la version %1</source>
        <translation>Sharing for version %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Le PDF de la version %1 n'a pas pu être affiché.</source>
        <translation>The PDF of version %1 could not be displayed.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Compte rendu émis : version %1%2.</source>
        <translation>Report issued: version %1%2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (partiel)</source>
        <translation> (partial)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Masquage enregistré : le DMP sera mis à jour par l'envoi automatique.</source>
        <translation>Masking saved: the DMP will be updated by automatic sending.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masquage enregistré : il accompagnera l'envoi au DMP.</source>
        <translation>Masking saved: it will be included when sending to the DMP.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Envoi au DMP annulé : le document n'y avait pas été envoyé.</source>
        <translation>Sending to the DMP cancelled: the document had not been sent there.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retrait du DMP demandé : il sera fait par l'envoi automatique.</source>
        <translation>Withdrawal from the DMP requested: it will be done by automatic sending.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Masqué aux &amp;professionnels de santé</source>
        <translation>Hidden from health &amp;professionals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invisible au &amp;patient jusqu'à la consultation d'annonce</source>
        <translation>Invisible to the &amp;patient until the disclosure consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invisible aux représentants &amp;légaux</source>
        <translation>Invisible to &amp;legal representatives</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Masquage DMP de la version %1</source>
        <translation>DMP masking of version %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le DMP reçoit le masquage avec le document, ou une mise à jour s'il l'a déjà.</source>
        <translation>The DMP receives the masking with the document, or an update if it already has it.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Retirer du DMP</source>
        <translation>Withdraw from the DMP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le document sera supprimé du DMP du patient (il reste consultable ici).</source>
        <translation>The document will be deleted from the patient's DMP (it remains viewable here).</translation>
    </message>
</context>
<context>
    <name>sgl::app::RerunDialog</name>
    <message>
        <location filename="../../src/app/bench/RerunDialog.cpp" line="+14" />
        <source>Repasser (même échantillon)</source>
        <translation>Rerun (same sample)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diluer puis repasser</source>
        <translation>Dilute then rerun</translation>
    </message>
</context>
<context>
    <name>sgl::app::ResultGridModel</name>
    <message>
        <location filename="../../src/app/bench/ResultGridModel.cpp" line="+83" />
        <source>%1 (calculé)</source>
        <translation>%1 (calculated)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Valeur reçue de l'automate %1, sans alarme.</source>
        <translation>Value received from analyzer %1, without flag.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valeur reçue de l'automate %1 ; alarmes de l'automate : %2.</source>
        <translation>Value received from analyzer %1; analyzer flags: %2.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indicateur</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automate</source>
        <translation>Analyzer</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sgl::app::ResultHistoryModel</name>
    <message>
        <location filename="../../src/app/bench/ResultHistoryModel.cpp" line="+19" />
        <source>Saisie</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validation technique</source>
        <translation>Technical validation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validation biologique</source>
        <translation>Biological validation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repasse / dilution</source>
        <translation>Rerun / dilution</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annulation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ajout par le biologiste</source>
        <translation>Added by the biologist</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>sgl::app::RuleEditDialog</name>
    <message>
        <location filename="../../src/app/autoval/RuleEditDialog.cpp" line="+25" />
        <source>Nouvelle règle d'auto-validation</source>
        <translation>New auto-validation rule</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Règle %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>K.LIMITES (A-Z, 0-9, . _ -)</source>
        <translation>K.LIMITS (A-Z, 0-9, . _ -)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Règle active</source>
        <translation>Active rule</translation>
    </message>
    <message>
        <location line="+3" />
        <source>codes des analyses, séparés par des virgules</source>
        <translation>analysis codes, separated by commas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>code d'examen : toutes ses analyses</source>
        <translation>exam code: all its analyses</translation>
    </message>
    <message>
        <location line="+2" />
        <source>règles levées quand celle-ci est satisfaite (vide : règle ordinaire)</source>
        <translation>rules lifted when this one is satisfied (empty: ordinary rule)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Type de condition :</source>
        <translation>Condition type:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Avancé : JSON</source>
        <translation>Advanced: JSON</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La règle telle que le fichier des règles la contient (lecture seule)</source>
        <translation>The rule as stored in the rules file (read-only)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Identifiant requis.</source>
        <translation>Identifier required.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Libellé requis.</source>
        <translation>Label required.</translation>
    </message>
    <message>
        <location line="-103" />
        <source>Identifiant :</source>
        <translation>Identifier:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libellé :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Analyses :</source>
        <translation>Analyses:</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Examen :</source>
        <translation>Exam:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lève les règles :</source>
        <translation>Lifts the rules:</translation>
    </message>
    <message>
        <location line="+123" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sgl::app::RuleSetTableModel</name>
    <message>
        <location filename="../../src/app/autoval/RuleSetTableModel.cpp" line="+70" />
        <source>%1 (levée de %2)</source>
        <translation>%1 (lifts %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>examen %1</source>
        <translation>exam %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyses, population</source>
        <translation>Analyses, population</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paramètres</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>sgl::app::ScanListModel</name>
    <message>
        <location filename="../../src/app/specimens/ScanListModel.cpp" line="+66" />
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code-barres</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>sgl::app::SendBackDialog</name>
    <message>
        <location filename="../../src/app/validation/SendBackDialog.cpp" line="+16" />
        <source>Repasser (même échantillon)</source>
        <translation>Rerun (same sample)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diluer puis repasser</source>
        <translation>Dilute then rerun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nouveau prélèvement</source>
        <translation>New sample</translation>
    </message>
</context>
<context>
    <name>sgl::app::SerumIndexForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsSingle.cpp" line="+111" />
        <source>Indice sérique</source>
        <translation>Serum index</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hémolyse (H)</source>
        <translation>Haemolysis (H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ictère (I)</source>
        <translation>Icterus (I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lipémie (L)</source>
        <translation>Lipaemia (L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valeur d'indice maximale</source>
        <translation>maximum index value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retenir quand l'indice est absent</source>
        <translation>Hold when the index is missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indice :</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum :</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
</context>
<context>
    <name>sgl::app::SettingsDialog</name>
    <message>
        <location filename="../../src/app/shell/SettingsDialog.cpp" line="+23" />
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Pro Santé Connect</source>
        <translation>Pro Santé Connect</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Carte CPS</source>
        <translation>CPS card</translation>
    </message>
    <message>
        <location line="+13" />
        <source>En-tête des comptes rendus, commun à tous les postes : modifiable par un administrateur.</source>
        <translation>Report letterhead, shared by all workstations: an administrator may change it.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Étiquettes</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>sgl::app::SharingChoicesPanel</name>
    <message>
        <location filename="../../src/app/widgets/SharingChoicesPanel.cpp" line="+72" />
        <source>DMP : retenu pour ce document</source>
        <translation>DMP: withheld for this document</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DMP : envoi demandé</source>
        <translation>DMP: sending requested</translation>
    </message>
    <message>
        <location line="+6" />
        <source>DMP : retenu pour ce document (motif obligatoire)</source>
        <translation>DMP: withheld for this document (reason required)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DMP : envoi par défaut</source>
        <translation>DMP: sent by default</translation>
    </message>
</context>
<context>
    <name>sgl::app::SpecimenReceptionView</name>
    <message>
        <location filename="../../src/app/specimens/SpecimenReceptionView.cpp" line="+58" />
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+15" />
        <source>consultation seule : la réception est faite par l'accueil ou la paillasse</source>
        <translation>view only: reception is done by the front desk or the bench</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Dossier %1 — %2 — %3 : %4 tube(s) reçu(s) sur %5</source>
        <translation>Dossier %1 — %2 — %3: %4 of %5 tube(s) received</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Non-conformité enregistrée sur le tube %1 (%2).</source>
        <translation>Non-conformity recorded on tube %1 (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nouveau prélèvement demandé : tube %1 à étiqueter.</source>
        <translation>New sample requested: tube %1 to label.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Tube %1 (%2) : %3</source>
        <translation>Tube %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+0" />
        <source>aucune analyse</source>
        <translation>no analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Non-conformité du %1 (%2) : %3%4</source>
        <translation>Non-conformity of %1 (%2): %3%4</translation>
    </message>
</context>
<context>
    <name>sgl::app::SumForm</name>
    <message>
        <location filename="../../src/app/autoval/ConditionFormsMulti.cpp" line="+73" />
        <source>Somme des parties</source>
        <translation>Sum of parts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Total :</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>analyse du total (GB)</source>
        <translation>total analysis (GB)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parties :</source>
        <translation>Parts:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>codes séparés par des virgules</source>
        <translation>codes separated by commas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>% du total</source>
        <translation>% of the total</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tolérance (%) :</source>
        <translation>Tolerance (%):</translation>
    </message>
    <message>
        <location line="+17" />
        <source>analyse du total requise.</source>
        <translation>total analysis required.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>parties requises.</source>
        <translation>parts required.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>tolérance</source>
        <translation>tolerance</translation>
    </message>
</context>
<context>
    <name>sgl::app::TrendChart</name>
    <message>
        <location filename="../../src/app/validation/TrendChart.cpp" line="+45" />
        <source>Tendance : choisissez une analyse</source>
        <translation>Trend: choose an analysis</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 : pas de valeur numérique à tracer</source>
        <translation>%1: no numeric value to plot</translation>
    </message>
</context>
<context>
    <name>sgl::app::TubeListModel</name>
    <message>
        <location filename="../../src/app/specimens/TubeListModel.cpp" line="+36" />
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Refusé (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Code-barres</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <location line="+2" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Non-conformités</source>
        <translation>Non-conformities</translation>
    </message>
</context>
<context>
    <name>sgl::app::UnlockDialog</name>
    <message>
        <location filename="../../src/app/shell/UnlockDialog.cpp" line="+27" />
        <source>Le poste a été verrouillé après une période d'inactivité. Session de %1 : saisissez son mot de passe, ou un administrateur peut reprendre le poste.</source>
        <translation>The workstation was locked after a period of inactivity. Session of %1: enter their password, or an administrator may take over the workstation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fermer la session</source>
        <translation>&amp;Close the session</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Saisissez l'identifiant et le mot de passe.</source>
        <translation>Enter the login and password.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Seul l'utilisateur de la session ou un administrateur peut déverrouiller ce poste.</source>
        <translation>Only the session's user or an administrator may unlock this workstation.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Déverrouiller avec &amp;Pro Santé Connect</source>
        <translation>Unlock with &amp;Pro Santé Connect</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le poste a été verrouillé après une période d'inactivité. Session de %1 : saisissez son mot de passe ou passez par Pro Santé Connect ; un administrateur peut aussi reprendre le poste.</source>
        <translation>The workstation was locked after a period of inactivity. Session of %1: enter their password or use Pro Santé Connect; an administrator can also take over the workstation.</translation>
    </message>
</context>
<context>
    <name>sgl::app::UserEditDialog</name>
    <message>
        <location filename="../../src/app/admin/UserEditDialog.cpp" line="+48" />
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rôles de %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nouveau mot de passe de %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>⚠ %1 — le compte peut quand même être enregistré.</source>
        <translation>⚠ %1 — the account can still be saved.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Les deux mots de passe saisis sont différents.</source>
        <translation>The two passwords typed differ.</translation>
    </message>
</context>
<context>
    <name>sgl::app::UserListModel</name>
    <message>
        <location filename="../../src/app/admin/UserListModel.cpp" line="+63" />
        <source>Désactivé</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bloqué jusqu'à %1</source>
        <translation>Blocked until %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+4" />
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dernière connexion</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>sgl::app::ValidationDialogs</name>
    <message>
        <location filename="../../src/app/validation/ValidationDialogs.cpp" line="-103" />
        <source>%1 : %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>sgl::app::ValidationQueueModel</name>
    <message>
        <location filename="../../src/app/validation/ValidationQueueModel.cpp" line="+47" />
        <source>Inc.</source>
        <translation>Inc.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CQ</source>
        <translation>QC</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Éch.</source>
        <translation>Swap</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 résultat(s) à valider, %2 validé(s), %3 en cours à la paillasse</source>
        <translation>%1 result(s) to validate, %2 validated, %3 in progress at the bench</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Valeur critique : rappel du prescripteur à enregistrer</source>
        <translation>Critical value: prescriber call-back to record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valeur critique : rappel enregistré</source>
        <translation>Critical value: call-back recorded</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat hors des valeurs de référence</source>
        <translation>Result outside the reference range</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alerte delta par rapport aux antériorités</source>
        <translation>Delta alert against previous results</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Non-conformité pré-analytique</source>
        <translation>Pre-analytical non-conformity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat(s) retenu(s) par le contrôle qualité : validation impossible avant la revue du contrôle</source>
        <translation>Result(s) held by quality control: validation is not possible until the control is reviewed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Libérable par lot.</source>
        <translation>Releasable in batch.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exclu de la libération par lot :</source>
        <translation>Excluded from batch release:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Vit.</source>
        <translation>LT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Urg.</source>
        <translation>Urg.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Norm.</source>
        <translation>Rout.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Priorité : Vit. vitale, Urg. urgente, Norm. normale</source>
        <translation>Priority: LT life-threatening, Urg. urgent, Rout. routine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Temps écoulé depuis le prélèvement</source>
        <translation>Time elapsed since sampling</translation>
    </message>
    <message>
        <location line="+2" />
        <source>U urgent, C critique (C! rappel à faire), A anormal, Δ alerte delta, NC non-conformité, Inc. incomplet, CQ retenu par le contrôle qualité</source>
        <translation>U urgent, C critical (C! call-back to make), A abnormal, Δ delta alert, NC non-conformity, Inc. incomplete, QC held by quality control</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Libérable par lot (« oui »), sinon le nombre de motifs d'exclusion (détail en infobulle)</source>
        <translation>Releasable in batch (“yes”), otherwise the number of exclusion reasons (details in the tooltip)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Prio.</source>
        <translation>Prio.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lot</source>
        <translation>Batch</translation>
    </message>
</context>
<context>
    <name>sgl::app::ValidationResultsModel</name>
    <message>
        <location filename="../../src/app/validation/ValidationResultsModel.cpp" line="+45" />
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saisi</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location line="+2" />
        <source>À valider</source>
        <translation>To validate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validé</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>À repasser</source>
        <translation>To rerun</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Autres analyses</source>
        <translation>Other analyses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouts</source>
        <translation>Additions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+141" />
        <source>Retenu par le contrôle qualité : %1. Validation impossible avant la revue du contrôle.</source>
        <translation>Held by quality control: %1. Validation impossible before the control review.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+108" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-91" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Appel à faire</source>
        <translation>Call-back to make</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retenu CQ</source>
        <translation>QC hold</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source> (%n repasse(s))</source>
        <translation>
            <numerusform> (%n rerun)</numerusform>
            <numerusform> (%n reruns)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47" />
        <source>Aucune antériorité validée.</source>
        <translation>No validated previous result.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 : %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Précédent : %1 %2 (%3), il y a %4 j</source>
        <translation>Previous: %1 %2 (%3), %4 d ago</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Variation : %1 %2</source>
        <translation>Change: %1 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saisi à la paillasse</source>
        <translation>Entered at the bench</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, indicateurs de l'automate : %2</source>
        <translation>%1, analyzer flags: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Valeur critique : appel à faire avant la validation (Rappel critique).</source>
        <translation>Critical value: call-back to make before validation (Critical call-back).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Appel : %1 (%2) le %3, %4</source>
        <translation>Call: %1 (%2) on %3, %4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>injoignable : %1</source>
        <translation>unreachable: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>relecture confirmée</source>
        <translation>read-back confirmed</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 %2 : %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Commentaire : %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Réserve : %1</source>
        <translation>Reservation: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Valeurs de référence du laboratoire (âge, sexe)</source>
        <translation>Laboratory reference range (age, sex)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Antériorité : le dernier résultat validé de cette analyse</source>
        <translation>Previous result: the last validated result of this analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validation technique : qui, quand</source>
        <translation>Technical validation: who, when</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Réf.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Antér.</source>
        <translation>Prev.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tech.</source>
        <translation>Tech.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Ind.</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automate</source>
        <translation>Analyzer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sgl::app::ValidationView</name>
    <message>
        <location filename="../../src/app/validation/ValidationView.cpp" line="+56" />
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+140" />
        <source>%1
Le dossier a été rechargé : vérifiez-le avant d'agir à nouveau.</source>
        <translation>%1
The request has been reloaded: check it before acting again.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Urgents (%1)</source>
        <translation>Urgent (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anormaux (%1)</source>
        <translation>Abnormal (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critiques (%1)</source>
        <translation>Critical (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+136" />
        <source>Delta (%1)</source>
        <translation>Delta (%1)</translation>
    </message>
    <message>
        <location line="-135" />
        <source>Non-conf. (%1)</source>
        <translation>Non-conf. (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complets (%1)</source>
        <translation>Complete (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incomplets (%1)</source>
        <translation>Incomplete (%1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 dossier(s) affiché(s) sur %2 à valider</source>
        <translation>%1 request(s) shown out of %2 to validate</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Aucun dossier à valider dans la file.</source>
        <translation>No request to validate in the queue.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dernier dossier de la file atteint.</source>
        <translation>Last request in the queue reached.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1 : %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Réflexes (%1)</source>
        <translation>Reflexes (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Antériorités</source>
        <translation>Previous results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prescription, commentaires du technicien, réserves</source>
        <translation>Prescription, technician comments, reservations</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Commentaires (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aucune alerte delta.</source>
        <translation>No delta alert.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Ouvrez un dossier de la file (F8).</source>
        <translation>Open a request from the queue (F8).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Sélectionnez les analyses à valider.</source>
        <translation>Select the analyses to validate.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Placez-vous sur une analyse du chapitre à valider.</source>
        <translation>Select an analysis of the chapter to validate.</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+9" />
        <source>Choisissez une proposition réflexe.</source>
        <translation>Choose a reflex proposal.</translation>
    </message>
</context>
<context>
    <name>sgl::app::WorklistModel</name>
    <message>
        <location filename="../../src/app/bench/WorklistModel.cpp" line="+63" />
        <source>%1 — retenu CQ</source>
        <translation>%1 — QC hold</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 ⚑</source>
        <translation>%1 ⚑</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Retenu par le contrôle qualité : %1. Validation impossible avant la revue du contrôle.</source>
        <translation>Held by quality control: %1. Validation impossible before the control review.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Valeur reçue de l'automate %1.</source>
        <translation>Value received from analyzer %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valeur reçue de l'automate %1 ; alarmes : %2.</source>
        <translation>Value received from analyzer %1; flags: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tube %1 (%2)</source>
        <translation>Tube %1 (%2)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dossier</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tube</source>
        <translation>Tube</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
</context>
<context>
    <name>sgl::domain</name>
    <message>
        <location filename="../../src/domain/audit/AuditAnchor.cpp" line="+103" />
        <source>Ligne d'ancre illisible : %1.</source>
        <translation>Unreadable anchor line: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ce n'est pas un objet JSON</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location line="+8" />
        <source>champ inconnu « %1 »</source>
        <translation>unknown field “%1”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>champ « format » absent ou différent de « %1 »</source>
        <translation>field “format” missing or other than “%1”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>champ « n » absent ou pas un entier positif</source>
        <translation>field “n” missing or not a positive integer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>champ « db » absent ou pas 32 chiffres hexadécimaux</source>
        <translation>field “db” missing or not 32 hexadecimal digits</translation>
    </message>
    <message>
        <location line="+3" />
        <source>champ « seq » absent ou pas un entier positif ou nul</source>
        <translation>field “seq” missing or not a non-negative integer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>champ « hash » absent ou pas 64 chiffres hexadécimaux</source>
        <translation>field “hash” missing or not 64 hexadecimal digits</translation>
    </message>
    <message>
        <location line="+2" />
        <source>une ancre de la ligne 0 porte l'empreinte initiale (64 zéros)</source>
        <translation>an anchor of line 0 carries the initial hash (64 zeros)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>champ « at » absent ou pas une date UTC ISO 8601 (…Z)</source>
        <translation>field “at” missing or not an ISO 8601 UTC date (…Z)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>champ « hmac » pas 64 chiffres hexadécimaux</source>
        <translation>field “hmac” not 64 hexadecimal digits</translation>
    </message>
    <message>
        <location filename="../../src/domain/audit/AuditAnchorLog.cpp" line="+51" />
        <source>Ancre %1 (ligne %2 du fichier)</source>
        <translation>Anchor %1 (line %2 of the file)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>l'ancre %1 manque dans le fichier (ligne d'ancre supprimée).</source>
        <translation>anchor %1 is missing from the file (anchor line deleted).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>les ancres %1 à %2 manquent dans le fichier (lignes d'ancre supprimées).</source>
        <translation>anchors %1 to %2 are missing from the file (anchor lines deleted).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>numéro en double ou hors d'ordre (attendu %1) : fichier d'ancres réordonné ou recopié.</source>
        <translation>duplicate or out-of-order number (expected %1): anchor file reordered or copied.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ligne non signée alors qu'une clé est fournie : ancre ajoutée sans la clé, non authentifiable.</source>
        <translation>unsigned line although a key is given: anchor added without the key, cannot be authenticated.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>signature HMAC invalide : ligne falsifiée, ou clé différente de celle qui l'a signée.</source>
        <translation>invalid HMAC signature: forged line, or a key other than the one that signed it.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>prise sur une autre base (identifiant %1 ; cette base : %2) : mauvais fichier d'ancres, ou identité de la base réécrite.</source>
        <translation>taken on another database (identifier %1; this database: %2): wrong anchor file, or the database identity was rewritten.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>la ligne d'audit %1 n'existe plus — fin de piste supprimée (la piste s'arrête à la ligne %2).</source>
        <translation>audit line %1 no longer exists — end of the trail deleted (the trail stops at line %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>la ligne d'audit %1 n'existe plus — ligne supprimée.</source>
        <translation>audit line %1 no longer exists — line deleted.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>la ligne d'audit %1 a été réécrite (empreinte ancrée %2, empreinte actuelle %3) — piste refaite depuis cette ligne.</source>
        <translation>audit line %1 was rewritten (anchored hash %2, current hash %3) — trail rebuilt from this line.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Aucune signature n'est valide : la clé fournie n'est sans doute pas celle des ancres.</source>
        <translation>No signature is valid: the key given is probably not the anchors' key.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signatures HMAC des ancres non vérifiées : aucune clé fournie (--key).</source>
        <translation>HMAC signatures of the anchors not checked: no key given (--key).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ancres non signées : seul leur lieu de conservation (autre machine, support non réinscriptible) les protège d'une falsification.</source>
        <translation>Unsigned anchors: only where they are kept (another machine, write-once media) protects them from forgery.</translation>
    </message>
    <message>
        <location filename="../../src/domain/audit/AuditChain.cpp" line="+52" />
        <source>Ligne %1 supprimée.</source>
        <translation>Line %1 deleted.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lignes %1 à %2 supprimées.</source>
        <translation>Lines %1 to %2 deleted.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ligne %1 : le chaînage avec la ligne précédente est rompu.</source>
        <translation>Line %1: the chain link with the previous line is broken.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ligne %1 modifiée après son écriture (%2 %3 %4 par %5, %6).</source>
        <translation>Line %1 modified after it was written (%2 %3 %4 by %5, %6).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ligne %1 (la dernière) supprimée.</source>
        <translation>Line %1 (the last one) deleted.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lignes %1 à %2 (les dernières) supprimées.</source>
        <translation>Lines %1 to %2 (the last ones) deleted.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>La fin de la piste d'audit ne correspond pas à la dernière écriture enregistrée (ligne %1).</source>
        <translation>The end of the audit trail does not match the last recorded write (line %1).</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/CalculatedAnalysis.cpp" line="+17" />
        <source>L'analyse %1 n'est pas calculée.</source>
        <translation>Analysis %1 is not a calculated one.</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/CatalogueValidator.cpp" line="+43" />
        <source>Une plage est pour F, M ou tous les sexes (vide), pas « U ».</source>
        <translation>A reference range is for F, M or both sexes (empty), not “U”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tranche d'âge vide : l'âge maximal doit dépasser l'âge minimal.</source>
        <translation>Empty age bracket: the maximum age must be above the minimum age.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Borne basse supérieure à la borne haute.</source>
        <translation>Lower limit above the upper limit.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seuil critique bas supérieur à la borne basse.</source>
        <translation>Low critical threshold above the lower limit.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seuil critique haut inférieur à la borne haute.</source>
        <translation>High critical threshold below the upper limit.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seuil critique bas supérieur au seuil critique haut.</source>
        <translation>Low critical threshold above the high critical threshold.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limite physiologique basse supérieure au seuil critique bas.</source>
        <translation>Low physiological limit above the low critical threshold.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limite physiologique basse supérieure à la borne basse.</source>
        <translation>Low physiological limit above the lower limit.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limite physiologique haute inférieure au seuil critique haut.</source>
        <translation>High physiological limit below the high critical threshold.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limite physiologique haute inférieure à la borne haute.</source>
        <translation>High physiological limit below the upper limit.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Limite physiologique basse supérieure à la limite haute.</source>
        <translation>Low physiological limit above the high physiological limit.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Les tranches d'âge %1 et %2 se chevauchent pour le même sexe.</source>
        <translation>Age brackets %1 and %2 overlap for the same sex.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Code local manquant.</source>
        <translation>Missing local code.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Libellé manquant.</source>
        <translation>Missing label.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pas de code LOINC : le résultat ne pourra pas figurer dans un CR-BIO structuré.</source>
        <translation>No LOINC code: the result cannot appear in a structured CR-BIO report.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Code LOINC %1 valide mais absent du sous-ensemble de référence : à vérifier.</source>
        <translation>LOINC code %1 is valid but not in the reference subset: please check.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Seconde unité incomplète : unité et facteur de conversion positif requis.</source>
        <translation>Incomplete second unit: a unit and a positive conversion factor are required.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nombre de décimales hors de 0 à 6.</source>
        <translation>Number of decimals outside 0 to 6.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Résultat codé sans liste de valeurs.</source>
        <translation>Coded result without a value list.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Liste de valeurs : code « %1 » vide, sans libellé ou en double.</source>
        <translation>Value list: code “%1” empty, without a label or duplicated.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Type de tube « %1 » inconnu.</source>
        <translation>Unknown tube type “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Une analyse calculée n'a pas de tube : elle est calculée à partir d'autres analyses.</source>
        <translation>A calculated analysis has no tube: it is computed from other analyses.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Renseignement clinique « %1 » inconnu.</source>
        <translation>Unknown clinical question “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Renseignement clinique « %1 » demandé deux fois.</source>
        <translation>Clinical question “%1” requested twice.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Un contrôle delta ne s'applique qu'à une analyse numérique.</source>
        <translation>A delta check only applies to a numeric analysis.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Chapitre sans code ou sans libellé.</source>
        <translation>Chapter without a code or without a label.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code de chapitre en double.</source>
        <translation>Duplicate chapter code.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Chapitre sans code LOINC de section CR-BIO.</source>
        <translation>Chapter without a CR-BIO section LOINC code.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Chapitre parent « %1 » inconnu.</source>
        <translation>Unknown parent chapter “%1”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paillasse sans code ou sans libellé.</source>
        <translation>Bench without code or label.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code de paillasse en double.</source>
        <translation>Duplicate bench code.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paillasse « %1 » inconnue.</source>
        <translation>Unknown bench “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Code local d'analyse « %1 » en double.</source>
        <translation>Duplicate analysis local code “%1”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code d'examen en double.</source>
        <translation>Duplicate exam code.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chapitre « %1 » inconnu.</source>
        <translation>Unknown chapter “%1”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Analyse « %1 » inconnue.</source>
        <translation>Unknown analysis “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L'examen « %1 » contient l'analyse retirée « %2 » : retirez-la de l'examen ou retirez l'examen.</source>
        <translation>Exam “%1” contains the retired analysis “%2”: remove it from the exam or retire the exam.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>La formule utilise l'analyse inconnue « %1 ».</source>
        <translation>The formula uses the unknown analysis “%1”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>La formule de l'analyse « %1 » utilise l'analyse retirée « %2 ».</source>
        <translation>The formula of analysis “%1” uses the retired analysis “%2”.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Les formules se référencent en boucle.</source>
        <translation>The formulas refer to each other in a loop.</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/Formula.cpp" line="+38" />
        <location line="+166" />
        <source>caractère inattendu « %1 »</source>
        <translation>unexpected character “%1”</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Formule « %1 » invalide : %2 (position %3).</source>
        <translation>Invalid formula “%1”: %2 (position %3).</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+60" />
        <source>expression trop imbriquée</source>
        <translation>expression nested too deeply</translation>
    </message>
    <message>
        <location line="+30" />
        <source>fin de formule inattendue</source>
        <translation>unexpected end of formula</translation>
    </message>
    <message>
        <location line="+8" />
        <source>parenthèse fermante attendue</source>
        <translation>closing parenthesis expected</translation>
    </message>
    <message>
        <location line="+10" />
        <source>nombre mal formé</source>
        <translation>malformed number</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Formule « %1 » : fonction inconnue « %2 » (autorisées : min, max, exp, ln, pow, abs, if, require).</source>
        <translation>Formula “%1”: unknown function “%2” (allowed: min, max, exp, ln, pow, abs, if, require).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>« , » ou « ) » attendu</source>
        <translation>“,” or “)” expected</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Formule « %1 » : mauvais nombre d'arguments pour %2.</source>
        <translation>Formula “%1”: wrong number of arguments for %2.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Résultat non calculable : %1.</source>
        <translation>Result cannot be calculated: %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Résultat non calculable : valeur de « %1 » manquante.</source>
        <translation>Result cannot be calculated: value of “%1” missing.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Résultat non calculable : division par zéro.</source>
        <translation>Result cannot be calculated: division by zero.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+55" />
        <source>puissance non définie</source>
        <translation>undefined power</translation>
    </message>
    <message>
        <location line="-29" />
        <source>condition de validité non remplie</source>
        <translation>validity condition not met</translation>
    </message>
    <message>
        <location line="+19" />
        <source>exponentielle trop grande</source>
        <translation>exponential too large</translation>
    </message>
    <message>
        <location line="+5" />
        <source>logarithme d'un nombre négatif ou nul</source>
        <translation>logarithm of a negative number or zero</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Formule vide.</source>
        <translation>Empty formula.</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/LoincCode.cpp" line="+38" />
        <source>Code LOINC vide.</source>
        <translation>Empty LOINC code.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code LOINC « %1 » mal formé (attendu : 1 à 7 chiffres, un tiret, un chiffre de contrôle, p. ex. 2345-7).</source>
        <translation>Malformed LOINC code “%1” (expected: 1 to 7 digits, a hyphen, a check digit, e.g. 2345-7).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Code LOINC « %1 » : chiffre de contrôle faux (attendu %2).</source>
        <translation>LOINC code “%1”: wrong check digit (expected %2).</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/ReflexEvaluator.cpp" line="+95" />
        <source>valeur déclenchante</source>
        <translation>triggering value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 = %2, %3</source>
        <translation>%1 = %2, %3</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/ReflexRule.cpp" line="+49" />
        <source>supérieur à</source>
        <translation>above</translation>
    </message>
    <message>
        <location line="+2" />
        <source>supérieur ou égal à</source>
        <translation>at or above</translation>
    </message>
    <message>
        <location line="+2" />
        <source>inférieur à</source>
        <translation>below</translation>
    </message>
    <message>
        <location line="+2" />
        <source>inférieur ou égal à</source>
        <translation>at or below</translation>
    </message>
    <message>
        <location line="+2" />
        <source>anormal</source>
        <translation>abnormal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>critique</source>
        <translation>critical</translation>
    </message>
    <message>
        <location line="+4" />
        <source>égal à l'une des valeurs</source>
        <translation>equal to one of the values</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/ReflexRuleValidator.cpp" line="+29" />
        <source>Règle réflexe sans code.</source>
        <translation>Reflex rule without a code.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code de règle réflexe « %1 » en double.</source>
        <translation>Duplicate reflex rule code “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Libellé de la règle manquant.</source>
        <translation>Missing rule label.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Analyse déclenchante manquante.</source>
        <translation>Missing trigger analysis.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analyse déclenchante « %1 » inconnue.</source>
        <translation>Unknown trigger analysis “%1”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Analyse ou examen à ajouter manquant.</source>
        <translation>Missing analysis or exam to add.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analyse ou examen à ajouter « %1 » inconnu.</source>
        <translation>Unknown analysis or exam to add “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>La règle ajouterait l'analyse qui la déclenche.</source>
        <translation>The rule would add the analysis that triggers it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>La règle active se déclenche sur l'analyse retirée « %1 ».</source>
        <translation>The active rule is triggered by the retired analysis “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>La règle active ajoute « %1 », qui est retiré du catalogue.</source>
        <translation>The active rule adds “%1”, which is retired from the catalogue.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Seuil manquant pour la condition « %1 ».</source>
        <translation>Missing threshold for the condition “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Condition numérique sur l'analyse « %1 », dont le résultat n'est pas numérique.</source>
        <translation>Numeric condition on analysis “%1”, whose result is not numeric.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Un seuil n'a de sens que pour une condition numérique.</source>
        <translation>A threshold only makes sense for a numeric condition.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Condition sur valeur codée, mais l'analyse « %1 » n'a pas de liste de valeurs.</source>
        <translation>Condition on a coded value, but analysis “%1” has no value list.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Aucune valeur codée choisie.</source>
        <translation>No coded value chosen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Valeur « %1 » absente de la liste de valeurs de « %2 ».</source>
        <translation>Value “%1” is not in the value list of “%2”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Des valeurs codées n'ont de sens que pour la condition sur valeur codée.</source>
        <translation>Coded values only make sense for the coded-value condition.</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/UcumUnit.cpp" line="+231" />
        <source>Unité UCUM vide.</source>
        <translation>Empty UCUM unit.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unité UCUM « %1 » invalide : %2.</source>
        <translation>Invalid UCUM unit “%1”: %2.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Unité « %1 » absente de la liste UCUM du kit ANS : le CR-BIO serait refusé.</source>
        <translation>Unit “%1” is not in the ANS kit UCUM list: the CR-BIO report would be refused.</translation>
    </message>
    <message>
        <location filename="../../src/domain/identity/DuplicateDetector.cpp" line="+40" />
        <source>même INS</source>
        <translation>same INS</translation>
    </message>
    <message>
        <location line="+11" />
        <source>même date de naissance</source>
        <translation>same birth date</translation>
    </message>
    <message>
        <location line="+7" />
        <source>nom proche phonétiquement</source>
        <translation>phonetically similar name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>même nom de naissance</source>
        <translation>same birth name</translation>
    </message>
    <message>
        <location line="+6" />
        <source>prénom proche phonétiquement</source>
        <translation>phonetically similar given name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>même sexe</source>
        <translation>same sex</translation>
    </message>
    <message>
        <location line="+4" />
        <source>même lieu de naissance</source>
        <translation>same birth place</translation>
    </message>
    <message>
        <location filename="../../src/domain/identity/IdentityTraitsValidator.cpp" line="+27" />
        <source>Caractères non autorisés dans « %1 » (lettres, espace, tiret et apostrophe uniquement).</source>
        <translation>Characters not allowed in “%1” (letters, space, hyphen and apostrophe only).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ce champ est obligatoire.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>La liste des prénoms de naissance doit commencer par le premier prénom (%1).</source>
        <translation>The list of birth given names must start with the first given name (%1).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Date de naissance invraisemblable : %1.</source>
        <translation>Implausible birth date: %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Date de naissance manquante ou invalide.</source>
        <translation>Birth date missing or invalid.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Code COG du lieu de naissance invalide « %1 » (5 caractères : commune INSEE, 2A/2B pour la Corse, 99 + pays pour l'étranger).</source>
        <translation>Invalid COG birth place code “%1” (5 characters: INSEE municipality, 2A/2B for Corsica, 99 + country for abroad).</translation>
    </message>
    <message>
        <location filename="../../src/domain/identity/InsValidator.cpp" line="+21" />
        <source>L'OID « %1 » n'est pas un OID d'INS (NIR ou NIA).</source>
        <translation>OID “%1” is not an INS OID (NIR or NIA).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>OID d'INS de production « %1 » refusé en environnement de test (attendu %2 ou %3).</source>
        <translation>Production INS OID “%1” refused in a test environment (expected %2 or %3).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Le premier chiffre du NIR (%1) ne correspond pas au sexe saisi.</source>
        <translation>The first digit of the NIR (%1) does not match the sex entered.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>L'année de naissance du NIR (%1) ne correspond pas à la date de naissance.</source>
        <translation>The birth year in the NIR (%1) does not match the birth date.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le mois de naissance du NIR (%1) ne correspond pas à la date de naissance.</source>
        <translation>The birth month in the NIR (%1) does not match the birth date.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le lieu de naissance du NIR (%1) ne correspond pas au code COG saisi (%2).</source>
        <translation>The birth place in the NIR (%1) does not match the COG code entered (%2).</translation>
    </message>
    <message>
        <location filename="../../src/domain/identity/NirKey.cpp" line="+44" />
        <source>Le matricule INS doit comporter 13 caractères (chiffres, 2A ou 2B pour la Corse) : « %1 »</source>
        <translation>The INS (national health identifier) number must have 13 characters (digits, 2A or 2B for Corsica): “%1”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>La clé du matricule INS doit comporter 2 chiffres : « %1 »</source>
        <translation>The INS number key must have 2 digits: “%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>La clé %1 ne correspond pas au matricule %2 (clé attendue : %3).</source>
        <translation>Key %1 does not match number %2 (expected key: %3).</translation>
    </message>
    <message>
        <location filename="../../src/domain/identity/PatientMerge.cpp" line="+16" />
        <source>Impossible de fusionner un patient avec lui-même.</source>
        <translation>A patient cannot be merged with itself.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L'un des deux dossiers patient a déjà été fusionné.</source>
        <translation>One of the two patient records has already been merged.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Les deux patients ont des INS différents (%1 et %2) : ce ne sont pas la même personne.</source>
        <translation>The two patients have different INS (%1 and %2): they are not the same person.</translation>
    </message>
    <message>
        <location filename="../../src/domain/identity/RnivStatusMachine.cpp" line="+43" />
        <source>Une identité fictive ne peut pas être rapprochée d'un INS.</source>
        <translation>A fictitious identity cannot be matched with an INS.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Une identité fictive ne peut pas être validée.</source>
        <translation>A fictitious identity cannot be validated.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Une identité douteuse ne peut pas être validée : levez d'abord le doute.</source>
        <translation>A doubtful identity cannot be validated: resolve the doubt first.</translation>
    </message>
    <message>
        <location filename="../../src/domain/identity/TraitComparison.cpp" line="+39" />
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Premier prénom de naissance</source>
        <translation>First birth given name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prénoms de naissance</source>
        <translation>Birth given names</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Date de naissance</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lieu de naissance (code COG)</source>
        <translation>Birth place (COG code)</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/DossierStatus.cpp" line="+41" />
        <source>Enregistré</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2" />
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Validé</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compte rendu émis</source>
        <translation>Report issued</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../src/domain/lab/ValidationState.cpp" line="+51" />
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/ValidationState.cpp" line="-10" />
        <source>À saisir</source>
        <translation>To enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saisi</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/DossierStatus.cpp" line="-6" />
        <location filename="../../src/domain/lab/ValidationState.cpp" line="+2" />
        <source>Validé techniquement</source>
        <translation>Technically validated</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/ValidationState.cpp" line="+2" />
        <source>Validé biologiquement</source>
        <translation>Biologically validated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>À repasser</source>
        <translation>To rerun</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/ValidationStateMachine.cpp" line="+79" />
        <source>Action « %1 » réservée au rôle : %2.</source>
        <translation>Action “%1” is reserved for the role: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>technicien ou biologiste</source>
        <translation>technician or biologist</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Action « %1 » impossible sur un résultat à l'état « %2 ».</source>
        <translation>Action “%1” is not possible on a result in state “%2”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Un motif est obligatoire pour l'action « %1 ».</source>
        <translation>A reason is required for the action “%1”.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Le résultat %1 n'a pas de valeur.</source>
        <translation>Result %1 has no value.</translation>
    </message>
    <message>
        <location filename="../../src/domain/report/Channel.cpp" line="+35" />
        <source>DMP</source>
        <translation>DMP (shared medical record)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MSSanté professionnel</source>
        <translation>MSSanté (health professional)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MSSanté patient</source>
        <translation>MSSanté (patient)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier patient informatisé</source>
        <translation>Electronic patient record</translation>
    </message>
    <message>
        <location line="+51" />
        <source>en attente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>envoi en cours</source>
        <translation>sending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accusé de réception</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location line="+2" />
        <source>échec, nouvel essai prévu</source>
        <translation>failed, retry scheduled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>suspendu</source>
        <translation>withheld</translation>
    </message>
    <message>
        <location line="+2" />
        <source>bloqué</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>à reprendre</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../src/domain/security/PasswordPolicy.cpp" line="+13" />
        <source>Le mot de passe doit contenir au moins %1 caractères.</source>
        <translation>The password must contain at least %1 characters.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Le mot de passe doit mêler des lettres et au moins un chiffre, signe ou espace.</source>
        <translation>The password must mix letters with at least one digit, symbol or space.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le mot de passe ne doit pas reprendre l'identifiant.</source>
        <translation>The password must not contain the login.</translation>
    </message>
    <message>
        <location filename="../../src/domain/security/Permission.cpp" line="+62" />
        <source>consulter un dossier patient</source>
        <translation>view a patient record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>modifier un dossier patient</source>
        <translation>edit a patient record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>qualifier une identité</source>
        <translation>qualify an identity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fusionner deux dossiers patient</source>
        <translation>merge two patient records</translation>
    </message>
    <message>
        <location line="+1" />
        <source>créer un dossier</source>
        <translation>create a request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consulter un dossier</source>
        <translation>view a request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>réceptionner un prélèvement</source>
        <translation>receive a specimen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>saisir un résultat</source>
        <translation>enter a result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valider techniquement un résultat</source>
        <translation>technically validate a result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>valider biologiquement un résultat</source>
        <translation>biologically validate a result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>corriger un résultat validé</source>
        <translation>correct a validated result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signer un compte rendu</source>
        <translation>sign a report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>diffuser un compte rendu</source>
        <translation>send out a report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>gérer les envois (relancer, annuler)</source>
        <translation>manage sendings (retry, cancel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>modifier le catalogue</source>
        <translation>edit the catalogue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>administrer les utilisateurs</source>
        <translation>administer users</translation>
    </message>
    <message>
        <location line="+1" />
        <source>vérifier la piste d'audit</source>
        <translation>verify the audit trail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>configurer le système</source>
        <translation>configure the system</translation>
    </message>
    <message>
        <location filename="../../src/domain/security/Role.cpp" line="+35" />
        <source>Secrétaire</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Technicien</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Biologiste</source>
        <translation>Biologist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/ClinicalQuestion.cpp" line="+35" />
        <source>Patient à jeun (depuis au moins 8 heures)</source>
        <translation>Patient fasting (for at least 8 hours)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grossesse en cours</source>
        <translation>Ongoing pregnancy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terme de la grossesse (semaines d'aménorrhée)</source>
        <translation>Term of the pregnancy (weeks of amenorrhoea)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Traitement anticoagulant (AVK, AOD, héparine : nom et posologie)</source>
        <translation>Anticoagulant treatment (VKA, DOAC, heparin: name and dosage)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Taille</source>
        <translation>Height</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date et heure de la dernière prise du médicament dosé</source>
        <translation>Date and time of the last dose of the measured drug</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Traitement en cours (molécule, posologie)</source>
        <translation>Current treatment (drug, dosage)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Renseignement clinique manquant : « %1 ».</source>
        <translation>Missing clinical information: “%1”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>« %1 » : répondez oui ou non (saisi : « %2 »).</source>
        <translation>“%1”: answer yes or no (typed: “%2”).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>« %1 » : nombre attendu (saisi : « %2 »).</source>
        <translation>“%1”: number expected (typed: “%2”).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>« %1 » : %2 %3 est invraisemblable (entre %4 et %5 attendu).</source>
        <translation>“%1”: %2 %3 is implausible (between %4 and %5 expected).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>« %1 » : date et heure attendues au format jj/mm/aaaa hh:mm (saisi : « %2 »).</source>
        <translation>“%1”: date and time expected as dd/mm/yyyy hh:mm (typed: “%2”).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>« %1 » : la date %2 est dans le futur.</source>
        <translation>“%1”: the date %2 is in the future.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>« %1 » : 500 caractères au plus.</source>
        <translation>“%1”: 500 characters at most.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+6" />
        <source>SA</source>
        <translation>WA</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/ContainerType.cpp" line="+12" />
        <source>Tube sec avec gel</source>
        <translation>Serum tube with gel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>jaune</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tube sec sans gel</source>
        <translation>Serum tube without gel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>rouge</source>
        <translation>red</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tube hépariné (héparine de lithium)</source>
        <translation>Heparin tube (lithium heparin)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>vert</source>
        <translation>green</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tube EDTA</source>
        <translation>EDTA tube</translation>
    </message>
    <message>
        <location line="+0" />
        <source>violet</source>
        <translation>purple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tube citraté 3,2 %</source>
        <translation>Citrate tube 3.2%</translation>
    </message>
    <message>
        <location line="+0" />
        <source>bleu clair</source>
        <translation>light blue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tube fluoré (fluorure/oxalate)</source>
        <translation>Fluoride tube (fluoride/oxalate)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>gris</source>
        <translation>grey</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seringue héparinée (gaz du sang)</source>
        <translation>Heparinised syringe (blood gases)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Flacon d'urine stérile</source>
        <translation>Sterile urine container</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collecteur d'urine de 24 heures</source>
        <translation>24-hour urine collector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pot stérile (selles, prélèvements divers)</source>
        <translation>Sterile pot (stools, other specimens)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sang total</source>
        <translation>Whole blood</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sang artériel</source>
        <translation>Arterial blood</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sérum</source>
        <translation>Serum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plasma</source>
        <translation>Plasma</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plasma pauvre en plaquettes</source>
        <translation>Platelet-poor plasma</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Urine</source>
        <translation>Urine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Selles</source>
        <translation>Stool</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/BarcodeScheme.cpp" line="+40" />
        <source>Préfixe des codes-barres « %1 » trop long (4 caractères au plus).</source>
        <translation>Barcode prefix “%1” too long (4 characters at most).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Préfixe des codes-barres « %1 » : chiffres et majuscules sans accent uniquement.</source>
        <translation>Barcode prefix “%1”: digits and unaccented capital letters only.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nombre de chiffres des codes-barres hors de 6 à 10 (%1).</source>
        <translation>Number of barcode digits outside 6 to 10 (%1).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Numéro de tube %1 hors de la plage du schéma (%2 chiffres) : élargissez le schéma.</source>
        <translation>Tube number %1 outside the scheme's range (%2 digits): widen the scheme.</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/Dossier.cpp" line="+32" />
        <source>Urgente</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vitale</source>
        <translation>Life-threatening</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Normale</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Infirmier(ère) à domicile</source>
        <translation>Home nurse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service de soins</source>
        <translation>Hospital ward</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Laboratoire</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/NonConformity.cpp" line="+55" />
        <source>Échantillon hémolysé</source>
        <translation>Haemolysed specimen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Échantillon coagulé</source>
        <translation>Clotted specimen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volume insuffisant</source>
        <translation>Insufficient volume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tube inadapté</source>
        <translation>Wrong tube</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tube non étiqueté</source>
        <translation>Unlabelled tube</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Étiquetage erroné</source>
        <translation>Wrong labelling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Délai d'acheminement dépassé</source>
        <translation>Transport time exceeded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Température de transport non respectée</source>
        <translation>Transport temperature not respected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discordance d'identité</source>
        <translation>Identity mismatch</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Autre non-conformité</source>
        <translation>Other non-conformity</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Réserve : %1.</source>
        <translation>Reservation: %1.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Réserve : %1 (%2).</source>
        <translation>Reservation: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/ResultEntry.cpp" line="+40" />
        <source>%1 : aucune valeur saisie.</source>
        <translation>%1: no value typed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 : « %2 » contient plusieurs séparateurs décimaux.</source>
        <translation>%1: “%2” has several decimal separators.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 : « %2 » n'est pas un nombre (exemples : 5,2 ; &lt;0,5 ; &gt;500).</source>
        <translation>%1: “%2” is not a number (examples: 5.2; &lt;0.5; &gt;500).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 : %2 %3 est hors des limites physiologiques (%4) : erreur de saisie ?</source>
        <translation>%1: %2 %3 is outside the physiological limits (%4): typing error?</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 : « %2 » n'est pas une valeur de la liste (%3).</source>
        <translation>%1: “%2” is not a value of the list (%3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 : texte de plus de 2000 caractères.</source>
        <translation>%1: text longer than 2000 characters.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 : type de résultat inconnu.</source>
        <translation>%1: unknown result type.</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/LabelLayout.cpp" line="+78" />
        <source>Taille d'étiquette %1 × %2 mm invalide : largeur et hauteur doivent être positives.</source>
        <translation>Invalid label size %1 × %2 mm: width and height must be positive.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Les marges de l'étiquette ne peuvent pas être négatives.</source>
        <translation>The label margins cannot be negative.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Marges gauche et droite (%1 + %2 mm) plus larges que l'étiquette (%3 mm).</source>
        <translation>Left and right margins (%1 + %2 mm) wider than the label (%3 mm).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Marges haute et basse (%1 + %2 mm) plus hautes que l'étiquette (%3 mm).</source>
        <translation>Top and bottom margins (%1 + %2 mm) taller than the label (%3 mm).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Résolution d'imprimante %1 dpi non prise en charge (203, 300 ou 600 dpi).</source>
        <translation>Printer resolution %1 dpi not supported (203, 300 or 600 dpi).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Largeur de module %1 mm : %2 point(s) à %3 dpi, il en faut de 1 à %4.</source>
        <translation>Module width %1 mm: %2 dot(s) at %3 dpi, 1 to %4 are needed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Hauteur de ligne %1 mm invalide : elle doit être positive.</source>
        <translation>Invalid line height %1 mm: it must be positive.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hauteur de code-barres %1 mm invalide : elle doit être positive.</source>
        <translation>Invalid barcode height %1 mm: it must be positive.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Étiquette trop basse : %1 mm pour les champs choisis et le code-barres (marges comprises), il en faut %2.</source>
        <translation>Label too short: %1 mm for the chosen fields and the barcode (margins included), %2 are needed.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Code-barres vide : rien à imprimer.</source>
        <translation>Empty barcode: nothing to print.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code-barres « %1 » : le caractère « %2 » (position %3) ne peut pas être codé en %4 (ASCII imprimable seulement).</source>
        <translation>Barcode “%1”: the character “%2” (position %3) cannot be encoded in %4 (printable ASCII only).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Code-barres « %1 » trop large : %2 modules de %3 mm font %4 mm, zones de silence comprises (%5 mm), pour une étiquette de %6 mm (zone imprimable %7 mm). Réduisez la largeur de module ou agrandissez l'étiquette.</source>
        <translation>Barcode “%1” too wide: %2 modules of %3 mm make %4 mm, quiet zones included (%5 mm), for a %6 mm label (printable area %7 mm). Reduce the module width or enlarge the label.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>DataMatrix « %1 » trop haut : %2 × %3 modules de %4 mm font %5 mm, pour une hauteur de code-barres de %6 mm.</source>
        <translation>DataMatrix “%1” too tall: %2 × %3 modules of %4 mm make %5 mm, for a barcode height of %6 mm.</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/TubeLabel.cpp" line="+23" />
        <source>Nom utilisé : %1</source>
        <translation>Used name: %1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Prél. %1 %2</source>
        <translation>Coll. %1 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>VITAL</source>
        <translation>VITAL</translation>
    </message>
    <message>
        <location filename="../../src/domain/analyzer/AnalyzerProfileJson.cpp" line="+74" />
        <source>Membre « %1 » inconnu dans un profil d'analyseur.</source>
        <translation>Unknown member “%1” in an analyzer profile.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Membre obligatoire « %1 » absent du profil d'analyseur.</source>
        <translation>Required member “%1” missing from the analyzer profile.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../src/domain/autoval/JsonFieldReader.cpp" line="+74" />
        <source>Le membre « %1 » doit être de type %2.</source>
        <translation>Member “%1” must be of type %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <location filename="../../src/domain/autoval/JsonFieldReader.cpp" line="+27" />
        <source>Le membre « %1 » doit être un nombre entier.</source>
        <translation>Member “%1” must be an integer.</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../../src/domain/autoval/JsonFieldReader.cpp" line="+29" />
        <source>Le tableau « %1 » ne doit contenir que des textes.</source>
        <translation>Array “%1” must contain only strings.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Valeur « %1 » inconnue pour « %2 » : attendu %3.</source>
        <translation>Unknown value “%1” for “%2”: expected %3.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Référence de champ « %1 » hors limites (composant 0 à 20, partie 0 à 9).</source>
        <translation>Field reference “%1” out of range (component 0 to 20, part 0 to 9).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Schéma « %1 » non pris en charge : attendu « %2 ».</source>
        <translation>Unsupported schema “%1”: expected “%2”.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Parité « %1 » inconnue : attendu N, E ou O.</source>
        <translation>Unknown parity “%1”: expected N, E or O.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Chaque correspondance de drapeau doit être un objet.</source>
        <translation>Each flag mapping must be an object.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Chaque correspondance de code doit être un objet.</source>
        <translation>Each code mapping must be an object.</translation>
    </message>
    <message>
        <location line="+92" />
        <source>JSON illisible : %1.</source>
        <translation>Unreadable JSON: %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Un fichier de profils contient un objet ou un tableau d'objets.</source>
        <translation>A profile file contains an object or an array of objects.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Chaque profil d'analyseur doit être un objet.</source>
        <translation>Each analyzer profile must be an object.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Profil « %1 » présent deux fois.</source>
        <translation>Profile “%1” appears twice.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Nom de profil « %1 » invalide : 1 à 40 lettres minuscules, chiffres ou tirets.</source>
        <translation>Invalid profile name “%1”: 1 to 40 lowercase letters, digits or hyphens.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Jeu de caractères « %1 » inconnu : attendu %2.</source>
        <translation>Unknown character set “%1”: expected %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Port TCP %1 hors de 1 à 65535.</source>
        <translation>TCP port %1 outside 1 to 65535.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Adresse de l'analyseur manquante.</source>
        <translation>Analyzer address missing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>La liaison série n'existe qu'en ASTM.</source>
        <translation>The serial link exists only for ASTM.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Port série manquant.</source>
        <translation>Serial port missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Débit série %1 invalide.</source>
        <translation>Invalid serial speed %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nombre de bits de données %1 invalide (5 à 8).</source>
        <translation>Invalid number of data bits %1 (5 to 8).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parité invalide : attendu N, E ou O.</source>
        <translation>Invalid parity: expected N, E or O.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nombre de bits d'arrêt %1 invalide (1 ou 2).</source>
        <translation>Invalid number of stop bits %1 (1 or 2).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Des types de résultat sont retenus sans position « resultKind » où les lire.</source>
        <translation>Result types are kept without a “resultKind” position to read them from.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Composant de valeur %1 hors de 1 à 20.</source>
        <translation>Value component %1 outside 1 to 20.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Composant d'identifiant de requête %1 hors de 0 à 20.</source>
        <translation>Request identifier component %1 outside 0 to 20.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Expression régulière de contrôle qualité invalide : %1.</source>
        <translation>Invalid quality control regular expression: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Drapeau d'instrument « %1 » vide ou en double.</source>
        <translation>Instrument flag “%1” empty or duplicated.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Drapeau « %1 » absent de la table HL7 0078 retenue (N, L, H, LL, HH, A, AA, &lt;, &gt;).</source>
        <translation>Flag “%1” not in the supported HL7 0078 table (N, L, H, LL, HH, A, AA, &lt;, &gt;).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Code de test « %1 » vide ou en double.</source>
        <translation>Test code “%1” empty or duplicated.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Code d'analyse manquant pour le test « %1 ».</source>
        <translation>Analysis code missing for test “%1”.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Facteur %1 invalide : un nombre positif est attendu.</source>
        <translation>Invalid factor %1: a positive number is expected.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Composant de valeur %1 hors de 0 à 20.</source>
        <translation>Value component %1 outside 0 to 20.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Code ignoré vide ou « * » seul (tout serait ignoré).</source>
        <translation>Ignored code empty or a lone “*” (everything would be ignored).</translation>
    </message>
    <message>
        <location filename="../../src/domain/analyzer/FieldRef.cpp" line="+60" />
        <source>Référence de champ « %1 » inconnue pour le protocole %2 : attendu par exemple %3.</source>
        <translation>Unknown field reference “%1” for protocol %2: expected for example %3.</translation>
    </message>
    <message>
        <location filename="../../src/domain/analyzer/ProfileMapper.cpp" line="+217" />
        <source>Message incomplet (transfert interrompu ou sans enregistrement de fin) : résultat mis en attente.</source>
        <translation>Incomplete message (transfer interrupted or without a terminator record): result held.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Message mal formé (%1) : résultat mis en attente.</source>
        <translation>Malformed message (%1): result held.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Résultat sans identifiant d'échantillon à la position %1 du profil « %2 ».</source>
        <translation>Result without a sample identifier at position %1 of profile “%2”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Code de test « %1 » associé à aucune analyse (profil « %2 »).</source>
        <translation>Test code “%1” not mapped to any analysis (profile “%2”).</translation>
    </message>
    <message>
        <location filename="../../src/domain/catalogue/DeltaRule.cpp" line="+27" />
        <source>Contrôle delta sans seuil : donnez un seuil absolu, un seuil relatif (%) ou les deux.</source>
        <translation>Delta check without a threshold: give an absolute threshold, a relative threshold (%) or both.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le seuil absolu du contrôle delta doit être un nombre positif.</source>
        <translation>The absolute threshold of the delta check must be a positive number.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le seuil relatif du contrôle delta doit être un pourcentage positif.</source>
        <translation>The relative threshold of the delta check must be a positive percentage.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>La fenêtre du contrôle delta doit compter au moins un jour.</source>
        <translation>The delta check window must be at least one day.</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Δ ≥ %1 en %n jour(s)</source>
        <translation>
            <numerusform>Δ ≥ %1 in %n day</numerusform>
            <numerusform>Δ ≥ %1 in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/MultiChecks.cpp" line="+88" />
        <source>%1 ou calcium dosé</source>
        <translation>%1 or measured calcium</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 sans calcium, phosphatases alcalines ni magnésium pour exclure une contamination par l'EDTA (seuil %2)</source>
        <translation>%1 without calcium, alkaline phosphatase or magnesium to rule out EDTA contamination (threshold %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../src/domain/autoval/SingleChecks.cpp" line="+128" />
        <location line="+71" />
        <location filename="../../src/domain/catalogue/DeltaRule.cpp" line="+0" />
        <source> ou </source>
        <translation> or </translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 avec %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>profil de contamination par l'EDTA (%1 ; seuils %2)</source>
        <translation>EDTA contamination profile (%1; thresholds %2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1/%2 entre %3 et %4</source>
        <translation>%1/%2 between %3 and %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 nul : rapport %2/%3 incalculable</source>
        <translation>%1 is zero: ratio %2/%3 cannot be computed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>rapport %1/%2 = %3 (%4), attendu entre %5 et %6</source>
        <translation>ratio %1/%2 = %3 (%4), expected between %5 and %6</translation>
    </message>
    <message>
        <location line="+16" />
        <source>trou anionique entre %1 et %2</source>
        <translation>anion gap between %1 and %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>trou anionique incalculable (%1 censuré ou non convertible)</source>
        <translation>anion gap cannot be computed (%1 censored or not convertible)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>trou anionique %1 (%2), attendu entre %3 et %4</source>
        <translation>anion gap %1 (%2), expected between %3 and %4</translation>
    </message>
    <message>
        <location line="+31" />
        <source>somme à ± %1 % de %2</source>
        <translation>sum within ± %1 % of %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>somme %1 incalculable (valeur censurée ou unité non convertible)</source>
        <translation>sum %1 cannot be computed (censored value or non-convertible unit)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>somme %1 = %2 pour %3 %4, écart au-delà de %5 %</source>
        <translation>sum %1 = %2 for %3 %4, deviation beyond %5 %</translation>
    </message>
    <message>
        <location line="+42" />
        <source>score &lt; %1 sur au moins %2 analyses</source>
        <translation>score &lt; %1 over at least %2 analyses</translation>
    </message>
    <message>
        <location line="+2" />
        <source>score de variation %1 sur %2 analyses (seuil %3), surtout %4 : prélèvement d'un autre patient ?</source>
        <translation>delta score %1 over %2 analyses (threshold %3), mainly %4: sample from another patient?</translation>
    </message>
    <message>
        <location line="+40" />
        <source>moins de %1 analyses variant de ≥ %2 % dans le même sens en %3 jours</source>
        <translation>fewer than %1 analyses changing by ≥ %2 % in the same direction within %3 days</translation>
    </message>
    <message>
        <location line="+4" />
        <source>moins de %1 analyses variant de ≥ %2 % en %3 jours</source>
        <translation>fewer than %1 analyses changing by ≥ %2 % within %3 days</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 analyses ont varié ensemble (%2) : prélèvement dilué ou d'un autre patient ?</source>
        <translation>%1 analyses changed together (%2): diluted sample or sample from another patient?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/lab/DeltaCheck.cpp" line="+43" />
        <source>%n heure(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Pas de contrôle delta pour cette analyse.</source>
        <translation>No delta check for this analysis.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pas de contrôle delta : pas encore de valeur.</source>
        <translation>No delta check: no value yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pas de contrôle delta : valeur non numérique.</source>
        <translation>No delta check: non-numeric value.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pas de contrôle delta : valeur censurée (%1).</source>
        <translation>No delta check: censored value (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pas de contrôle delta : heure de mesure inconnue.</source>
        <translation>No delta check: measurement time unknown.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Pas de contrôle delta : aucune antériorité dans les %n dernier(s) jour(s).</source>
        <translation>
            <numerusform>No delta check: no previous result in the last %n day.</numerusform>
            <numerusform>No delta check: no previous result in the last %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pas de contrôle delta : l'antériorité du %1 n'est pas numérique.</source>
        <translation>No delta check: the previous result from %1 is not numeric.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pas de contrôle delta : l'antériorité du %1 est censurée (%2).</source>
        <translation>No delta check: the previous result from %1 is censored (%2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pas de contrôle delta : unité changée (%1 puis %2) sans conversion connue.</source>
        <translation>No delta check: unit changed (%1, then %2) with no known conversion.</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/ConditionValidator.cpp" line="+31" />
        <source>Analyse non renseignée.</source>
        <translation>Analysis not specified.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>L'analyse « %1 » n'existe pas dans le catalogue.</source>
        <translation>Analysis “%1” does not exist in the catalogue.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>L'analyse « %1 » (%2) est retirée du catalogue.</source>
        <translation>Analysis “%1” (%2) is retired from the catalogue.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>L'analyse « %1 » (%2) n'a pas de résultat numérique : ce seuil ne peut pas s'y appliquer.</source>
        <translation>Analysis “%1” (%2) has no numeric result: this threshold cannot apply to it.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unité « %1 » non utilisée par l'analyse « %2 » (unités : %3).</source>
        <translation>Unit “%1” not used by analysis “%2” (units: %3).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../src/domain/lab/DeltaCheck.cpp" line="+1" />
        <location line="+1" />
        <source>sans unité</source>
        <translation>no unit</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Le seuil doit être positif (%1).</source>
        <translation>The threshold must be positive (%1).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Limite basse %1 supérieure à la limite haute %2.</source>
        <translation>Low limit %1 above the high limit %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Seuil non renseigné.</source>
        <translation>Threshold not specified.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>La règle ne nomme ni analyse ni examen.</source>
        <translation>The rule names neither an analysis nor an exam.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>L'examen « %1 » n'existe pas dans le catalogue.</source>
        <translation>Exam “%1” does not exist in the catalogue.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L'examen « %1 » (%2) est retiré du catalogue.</source>
        <translation>Exam “%1” (%2) is retired from the catalogue.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>L'analyse « %1 » (%2) n'a pas de résultat numérique : cette condition ne peut pas s'y appliquer.</source>
        <translation>Analysis “%1” (%2) has no numeric result: this condition cannot apply to it.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unité du seuil non renseignée.</source>
        <translation>Threshold unit not specified.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Des limites numériques et des réponses admises dans la même règle.</source>
        <translation>Numeric limits and allowed answers in the same rule.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Réponses admises pour l'analyse « %1 », qui n'est pas codée.</source>
        <translation>Allowed answers for analysis “%1”, which is not coded.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Réponse « %1 » absente de la liste de l'analyse « %2 ».</source>
        <translation>Answer “%1” not in the list of analysis “%2”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Contrôle delta sans seuil absolu ni relatif.</source>
        <translation>Delta check with neither an absolute nor a relative threshold.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>La fenêtre du contrôle delta doit être d'au moins un jour.</source>
        <translation>The delta check window must be at least one day.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Seuil critique sans limite basse ni haute.</source>
        <translation>Critical threshold with neither a low nor a high limit.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Le seuil d'indice sérique ne peut pas être négatif.</source>
        <translation>The serum index threshold cannot be negative.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Profil EDTA sans calcium, phosphatases alcalines ni magnésium.</source>
        <translation>EDTA profile without calcium, alkaline phosphatase or magnesium.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rapport attendu entre %1 et %2 : bornes impossibles.</source>
        <translation>Ratio expected between %1 and %2: impossible bounds.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Trou anionique attendu entre %1 et %2 : bornes inversées.</source>
        <translation>Anion gap expected between %1 and %2: bounds reversed.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Somme sans analyse.</source>
        <translation>Sum without an analysis.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>L'analyse « %1 » (%2) n'est pas dans l'unité du total « %3 » (%4).</source>
        <translation>Analysis “%1” (%2) is not in the unit of the total “%3” (%4).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>La tolérance doit être positive.</source>
        <translation>The tolerance must be positive.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Score de variation sans analyse.</source>
        <translation>Delta score without an analysis.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>La variation habituelle doit être positive.</source>
        <translation>The usual variation must be positive.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le score maximal doit être positif.</source>
        <translation>The maximum score must be positive.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Il faut au moins deux analyses pour un score de variation.</source>
        <translation>A delta score needs at least two analyses.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+12" />
        <source>La fenêtre doit être d'au moins un jour.</source>
        <translation>The window must be at least one day.</translation>
    </message>
    <message>
        <location line="-6" />
        <source>La variation relative doit être positive.</source>
        <translation>The relative change must be positive.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Il faut au moins deux analyses pour une variation concordante.</source>
        <translation>A concordant change needs at least two analyses.</translation>
    </message>
    <message>
        <location filename="../../src/domain/lab/DeltaCheck.cpp" line="+35" />
        <source>Alerte delta : variation de %1 en %2 (seuils absolu %3 et relatif %4 atteints).</source>
        <translation>Delta alert: change of %1 in %2 (absolute %3 and relative %4 thresholds reached).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alerte delta : variation de %1 en %2 (seuil absolu %3 atteint).</source>
        <translation>Delta alert: change of %1 in %2 (absolute threshold %3 reached).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alerte delta : variation de %1 en %2 (seuil relatif %3 atteint).</source>
        <translation>Delta alert: change of %1 in %2 (relative threshold %3 reached).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Variation de %1 en %2, sous les seuils du contrôle delta.</source>
        <translation>Change of %1 in %2, below the delta check thresholds.</translation>
    </message>
    <message>
        <location filename="../../src/domain/report/SharingChoices.cpp" line="+19" />
        <source>L'envoi au DMP ne peut être suspendu pour ce document qu'avec un motif.</source>
        <translation>Sending to the DMP can only be withheld for this document with a reason.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>La copie MSSanté au patient exige une identité qualifiée (INS qualifié) : elle ne peut pas être envoyée pour ce patient.</source>
        <translation>The MSSanté copy to the patient requires a qualified identity (qualified INS): it cannot be sent for this patient.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le document est invisible au patient jusqu'à la consultation d'annonce : la copie MSSanté au patient ne peut pas lui être envoyée.</source>
        <translation>The document is invisible to the patient until the disclosure consultation: the MSSanté copy cannot be sent to the patient.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>DMP : non envoyé (%1)</source>
        <translation>DMP: not sent (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DMP : envoyé</source>
        <translation>DMP: sent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>masqué aux professionnels</source>
        <translation>hidden from professionals</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invisible au patient jusqu'à la consultation d'annonce</source>
        <translation>invisible to the patient until the disclosure consultation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invisible aux représentants légaux</source>
        <translation>invisible to legal representatives</translation>
    </message>
    <message>
        <location line="+1" />
        <source>copie MSSanté au patient</source>
        <translation>MSSanté copy to the patient</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pas de copie MSSanté au patient</source>
        <translation>no MSSanté copy to the patient</translation>
    </message>
    <message>
        <location filename="../../src/domain/validation/CallBack.cpp" line="+40" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>En personne</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MSSanté</source>
        <translation>MSSanté</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 : indiquez la personne appelée pour la valeur critique.</source>
        <translation>%1: enter the person called about the critical value.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 : l'heure de l'appel est dans le futur.</source>
        <translation>%1: the time of the call is in the future.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 : personne n'a pu être joint ; indiquez la mesure prise (médecin de garde, urgences...).</source>
        <translation>%1: nobody could be reached; enter the action taken (on-call doctor, emergency department...).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 : la relecture de la valeur par la personne appelée doit être confirmée.</source>
        <translation>%1: the read-back of the value by the person called must be confirmed.</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/AutoValidationEngine.cpp" line="+18" />
        <source>Résultat non validé techniquement</source>
        <translation>Result not technically validated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valeur critique</source>
        <translation>Critical value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Appel du prescripteur en attente</source>
        <translation>Prescriber call-back pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat bloqué par le contrôle de qualité</source>
        <translation>Result blocked by quality control</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Non-conformité pré-analytique</source>
        <translation>Pre-analytical non-conformity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valeur corrigée ou modifiée à la main</source>
        <translation>Value corrected or edited by hand</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyse sans règle de limites applicable</source>
        <translation>Analysis with no applicable limits rule</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Résultat sans valeur exploitable</source>
        <translation>Result with no usable value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test réflexe proposé, non décidé</source>
        <translation>Reflex test proposed, not decided</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aucun résultat à valider</source>
        <translation>No result to validate</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../src/domain/autoval/SeriesCrossCheck.cpp" line="+183" />
        <source>Échange de tubes suspecté dans la série de prélèvement</source>
        <translation>Suspected tube swap in the collection series</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../src/domain/autoval/SeriesCrossCheck.cpp" line="-26" />
        <source>Série de prélèvement incomplète</source>
        <translation>Collection series incomplete</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../src/domain/autoval/SingleChecks.cpp" line="-143" />
        <source>%1 (%2) : %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>drapeau %1</source>
        <translation>flag %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>valeur critique</source>
        <translation>critical value</translation>
    </message>
    <message>
        <location line="+5" />
        <source>valeur non comparable aux seuils critiques</source>
        <translation>value not comparable with the critical thresholds</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../src/domain/validation/CriticalValue.cpp" line="+56" />
        <source>seuil critique bas %1</source>
        <translation>low critical threshold %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../src/domain/validation/CriticalValue.cpp" line="+2" />
        <source>seuil critique haut %1</source>
        <translation>high critical threshold %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>validé techniquement</source>
        <translation>technically validated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 : résultat %2</source>
        <translation>%1: result %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>valeur numérique ou codée</source>
        <translation>numeric or coded value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 : pas de valeur</source>
        <translation>%1: no value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 : résultat en texte libre, à lire par le biologiste</source>
        <translation>%1: free-text result, to be read by the biologist</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 : %3, jamais validée automatiquement</source>
        <translation>%1 %2: %3, never validated automatically</translation>
    </message>
    <message>
        <location line="+2" />
        <source>appel enregistré</source>
        <translation>call-back recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2 : appel du prescripteur non enregistré</source>
        <translation>%1 %2: prescriber call-back not recorded</translation>
    </message>
    <message>
        <location line="-25" />
        <source>série de CQ acceptée</source>
        <translation>QC run accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 : résultat bloqué par le CQ</source>
        <translation>%1: result blocked by QC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+108" />
        <source>aucune non-conformité</source>
        <translation>no non-conformity</translation>
    </message>
    <message>
        <location line="-107" />
        <source>%1 : non-conformité « %2 » sur le tube</source>
        <translation>%1: non-conformity “%2” on the tube</translation>
    </message>
    <message>
        <location line="+2" />
        <source>valeur telle que mesurée</source>
        <translation>value as measured</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2 : valeur corrigée ou modifiée à la main</source>
        <translation>%1 %2: value corrected or edited by hand</translation>
    </message>
    <message>
        <location line="+81" />
        <source>%1 Levée par %2 (%3).</source>
        <translation>%1 Lifted by %2 (%3).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 : aucune règle de limites ne s'applique à ce patient, validation par le biologiste</source>
        <translation>%1: no limits rule applies to this patient, validation by the biologist</translation>
    </message>
    <message>
        <location line="+11" />
        <source>dossier %1 : aucun résultat à valider</source>
        <translation>request %1: no result to validate</translation>
    </message>
    <message>
        <location line="+4" />
        <source>non-conformité « %1 » sur le dossier</source>
        <translation>non-conformity “%1” on the request</translation>
    </message>
    <message>
        <location line="+2" />
        <source>proposition acceptée ou refusée</source>
        <translation>proposal accepted or declined</translation>
    </message>
    <message>
        <location line="+1" />
        <source>test réflexe proposé, ni accepté ni refusé : %1</source>
        <translation>reflex test proposed, neither accepted nor declined: %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/validation/ReleaseCheck.cpp" line="+71" />
        <source>%1 : résultat retenu par le contrôle qualité (%2).</source>
        <translation>%1: result held by quality control (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 : résultat non validé techniquement (%2).</source>
        <translation>%1: result not technically validated (%2).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 : valeur critique %2 (rappel enregistré) : à valider individuellement.</source>
        <translation>%1: critical value %2 (call-back recorded): to be validated individually.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 : valeur critique %2 sans rappel du prescripteur enregistré.</source>
        <translation>%1: critical value %2 with no prescriber call-back recorded.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 : résultat hors des valeurs de référence (%2).</source>
        <translation>%1: result outside the reference range (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 : alarme de l'automate (%2).</source>
        <translation>%1: analyzer alarm (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 : valeur corrigée ou modifiée à la main.</source>
        <translation>%1: value corrected or changed manually.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dossier %1 : aucun résultat à valider.</source>
        <translation>Request %1: no result to validate.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 : alerte delta.</source>
        <translation>%1: delta alert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 : alerte delta (%2).</source>
        <translation>%1: delta alert (%2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Non-conformité : %1.</source>
        <translation>Non-conformity: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non-conformité : %1 (%2).</source>
        <translation>Non-conformity: %1 (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Test réflexe %1 proposé (%2 : %3), ni accepté ni refusé.</source>
        <translation>Reflex test %1 proposed (%2: %3), neither accepted nor declined.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Échange de tubes suspecté par les règles : %1</source>
        <translation>Tube swap suspected by the rules: %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/validation/CommentTemplate.cpp" line="+30" />
        <source>Le code du commentaire est obligatoire.</source>
        <translation>The comment code is required.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le code de commentaire « %1 » dépasse %2 caractères.</source>
        <translation>Comment code “%1” exceeds %2 characters.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le code de commentaire « %1 » ne doit contenir que des majuscules sans accent, des chiffres et « _ ».</source>
        <translation>Comment code “%1” must contain only unaccented uppercase letters, digits and “_”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le commentaire « %1 » n'a pas de texte.</source>
        <translation>Comment “%1” has no text.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le texte du commentaire « %1 » dépasse %2 caractères (%3).</source>
        <translation>The text of comment “%1” exceeds %2 characters (%3).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Commentaire « %1 » : code de chapitre « %2 » invalide.</source>
        <translation>Comment “%1”: invalid chapter code “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/validation/DossierComment.cpp" line="+11" />
        <source>Le commentaire est vide.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le commentaire dépasse %1 caractères (%2).</source>
        <translation>The comment exceeds %1 characters (%2).</translation>
    </message>
    <message>
        <location filename="../../src/domain/report/DispatchOperation.cpp" line="+32" />
        <source>envoi</source>
        <translation>sending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mise à jour du masquage</source>
        <translation>masking update</translation>
    </message>
    <message>
        <location line="+2" />
        <source>retrait du DMP</source>
        <translation>withdrawal from the DMP</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/Applicability.cpp" line="+20" />
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 mois</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 ans</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location line="+68" />
        <source>femmes</source>
        <translation>women</translation>
    </message>
    <message>
        <location line="+0" />
        <source>hommes</source>
        <translation>men</translation>
    </message>
    <message>
        <location line="+2" />
        <source>de %1 à moins de %2</source>
        <translation>from %1 to under %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 et plus</source>
        <translation>%1 and over</translation>
    </message>
    <message>
        <location line="+2" />
        <source>moins de %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>services</source>
        <translation>wards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>externes</source>
        <translation>external</translation>
    </message>
    <message>
        <location line="+1" />
        <source>origine : %1</source>
        <translation>origin: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>services : %1</source>
        <translation>wards: %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/DemoRuleSet.cpp" line="+31" />
        <source>%1 dans les limites d'auto-validation (adulte, %2)</source>
        <translation>%1 within the auto-validation limits (adult, %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>femme</source>
        <translation>woman</translation>
    </message>
    <message>
        <location line="+0" />
        <source>homme</source>
        <translation>man</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 dans les limites d'auto-validation (adulte)</source>
        <translation>%1 within the auto-validation limits (adult)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 dans les limites admises pour un patient connu (adulte)</source>
        <translation>%1 within the limits allowed for a known patient (adult)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 : variation depuis la dernière valeur validée</source>
        <translation>%1: change since the last validated value</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 hors limites mais stable chez un patient connu</source>
        <translation>%1 out of limits but stable in a known patient</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Règles d'auto-validation du laboratoire de démonstration</source>
        <translation>Auto-validation rules of the demonstration laboratory</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+21" />
        <source>Leucocytes</source>
        <translation>White blood cells</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+1" />
        <source>Hématies</source>
        <translation>Red blood cells</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <location line="+14" />
        <location line="+4" />
        <location line="+1" />
        <source>Hémoglobine</source>
        <translation>Haemoglobin</translation>
    </message>
    <message>
        <location line="-18" />
        <location line="+1" />
        <source>Hématocrite</source>
        <translation>Haematocrit</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>VGM</source>
        <translation>MCV</translation>
    </message>
    <message>
        <location line="-11" />
        <source>TCMH</source>
        <translation>MCH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CCMH</source>
        <translation>MCHC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IDR</source>
        <translation>RDW</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Plaquettes</source>
        <translation>Platelets</translation>
    </message>
    <message>
        <location line="-8" />
        <source>VMP</source>
        <translation>MPV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neutrophiles</source>
        <translation>Neutrophils</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Éosinophiles</source>
        <translation>Eosinophils</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Basophiles</source>
        <translation>Basophils</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lymphocytes</source>
        <translation>Lymphocytes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monocytes</source>
        <translation>Monocytes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hématocrite proche de 3 × hémoglobine</source>
        <translation>Haematocrit close to 3 × haemoglobin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Somme de la formule leucocytaire égale aux leucocytes (± 10 %)</source>
        <translation>Sum of the differential count equal to the white blood cells (± 10 %)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Hémogramme : baisse ou hausse concordante (prélèvement dilué ou d'un autre patient)</source>
        <translation>Full blood count: concordant fall or rise (diluted sample or sample from another patient)</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <source>Glucose</source>
        <translation>Glucose</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <source>Créatinine</source>
        <translation>Creatinine</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <location line="+1" />
        <source>DFG estimé</source>
        <translation>Estimated GFR</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <source>Urée</source>
        <translation>Urea</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Sodium</source>
        <translation>Sodium</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+6" />
        <source>Potassium</source>
        <translation>Potassium</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+6" />
        <source>Chlore</source>
        <translation>Chloride</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Bicarbonates</source>
        <translation>Bicarbonate</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+5" />
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Magnésium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ASAT</source>
        <translation>AST</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>ALAT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+1" />
        <location line="+1" />
        <location line="+4" />
        <source>GGT</source>
        <translation>GGT</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+4" />
        <source>Phosphatases alcalines</source>
        <translation>Alkaline phosphatase</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Bilirubine totale</source>
        <translation>Total bilirubin</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CRP</source>
        <translation>CRP</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <location line="+8" />
        <source>Cholestérol total</source>
        <translation>Total cholesterol</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+8" />
        <source>Cholestérol HDL</source>
        <translation>HDL cholesterol</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+1" />
        <location line="+1" />
        <source>Triglycérides</source>
        <translation>Triglycerides</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <source>Cholestérol LDL</source>
        <translation>LDL cholesterol</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <location line="+1" />
        <location line="+2" />
        <source>TSH</source>
        <translation>TSH</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+2" />
        <source>T4 libre</source>
        <translation>Free T4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trou anionique Na − (Cl + HCO3) entre 6 et 20 mmol/L</source>
        <translation>Anion gap Na − (Cl + HCO3) between 6 and 20 mmol/L</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profil de contamination par l'EDTA (K élevé, Ca, PAL ou Mg bas)</source>
        <translation>EDTA contamination profile (high K, low Ca, ALP or Mg)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Analyses sensibles à l'hémolyse : indice d'hémolyse ≤ 50</source>
        <translation>Haemolysis-sensitive analyses: haemolysis index ≤ 50</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyses sensibles à l'ictère : indice d'ictère ≤ 20</source>
        <translation>Icterus-sensitive analyses: icterus index ≤ 20</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analyses sensibles à la lipémie : indice de lipémie ≤ 150</source>
        <translation>Lipaemia-sensitive analyses: lipaemia index ≤ 150</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Biochimie : baisse ou hausse concordante (dilution par une perfusion, prélèvement d'un autre patient)</source>
        <translation>Biochemistry: concordant fall or rise (dilution by an infusion, sample from another patient)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+7" />
        <source>Temps de Quick</source>
        <translation>Prothrombin time</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+7" />
        <source>Taux de prothrombine</source>
        <translation>Prothrombin level</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+4" />
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <location line="-3" />
        <source>TCA</source>
        <translation>APTT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fibrinogène</source>
        <translation>Fibrinogen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Antigène HBs négatif</source>
        <translation>HBs antigen negative</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rubéole : immunité acquise (≥ 10 UI/mL)</source>
        <translation>Rubella: acquired immunity (≥ 10 IU/mL)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bandelette urinaire négative</source>
        <translation>Urine dipstick negative</translation>
    </message>
    <message>
        <location line="+3" />
        <source>pH urinaire entre 5 et 8</source>
        <translation>Urine pH between 5 and 8</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protéinurie ≤ 0,15 g/L</source>
        <translation>Proteinuria ≤ 0.15 g/L</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Créatinine urinaire entre 3 et 25 mmol/L</source>
        <translation>Urine creatinine between 3 and 25 mmol/L</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enfant : résultat dans les valeurs de référence de son âge</source>
        <translation>Child: result within the reference range for their age</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Score de variation multiparamétrique : les résultats ressemblent-ils aux antériorités du patient ?</source>
        <translation>Multiparameter delta score: do the results resemble the patient's previous results?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Aucune alarme de l'automate</source>
        <translation>No analyzer alarm</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/JsonFieldReader.cpp" line="-112" />
        <source>booléen</source>
        <translation>boolean</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nombre</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>texte</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tableau</source>
        <translation>array</translation>
    </message>
    <message>
        <location line="+2" />
        <source>objet</source>
        <translation>object</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Membre « %1 » inconnu (attendu : %2).</source>
        <translation>Unknown member “%1” (expected: %2).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Membre obligatoire « %1 » absent.</source>
        <translation>Required member “%1” missing.</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/RuleCondition.cpp" line="+51" />
        <source>indice d'hémolyse</source>
        <translation>haemolysis index</translation>
    </message>
    <message>
        <location line="+2" />
        <source>indice d'ictère</source>
        <translation>icterus index</translation>
    </message>
    <message>
        <location line="+2" />
        <source>indice de lipémie</source>
        <translation>lipaemia index</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/RuleSetJson.cpp" line="+251" />
        <source>Indice « %1 » inconnu (attendu h, i ou l).</source>
        <translation>Unknown index “%1” (expected h, i or l).</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Chaque terme doit être un objet JSON.</source>
        <translation>Each term must be a JSON object.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Membre obligatoire « type » absent.</source>
        <translation>Required member “type” missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type de condition « %1 » inconnu (attendu : limits, delta, critical, analyzer_flags, serum_index, edta_contamination, ratio, anion_gap, sum, concordant_change, delta_score).</source>
        <translation>Unknown condition type “%1” (expected: limits, delta, critical, analyzer_flags, serum_index, edta_contamination, ratio, anion_gap, sum, concordant_change, delta_score).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Âge « %1 » mal formé (attendu par exemple 30d, 6m, 18y).</source>
        <translation>Malformed age “%1” (expected for example 30d, 6m, 18y).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Sexe « %1 » inconnu (attendu F ou M).</source>
        <translation>Unknown sex “%1” (expected F or M).</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../src/domain/autoval/RuleSetValidator.cpp" line="+41" />
        <source>Origine « %1 » inconnue (attendu external ou ward).</source>
        <translation>Unknown origin “%1” (expected external or ward).</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Règles d'auto-validation illisibles : %1 (position %2).</source>
        <translation>Unreadable auto-validation rules: %1 (position %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Les règles d'auto-validation doivent être un objet JSON.</source>
        <translation>The auto-validation rules must be a JSON object.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Format des règles absent (attendu « %1 »).</source>
        <translation>Rules format missing (expected “%1”).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Format des règles « %1 » non pris en charge (attendu « %2 »).</source>
        <translation>Rules format “%1” not supported (expected “%2”).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Chaque règle doit être un objet JSON.</source>
        <translation>Each rule must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/RuleSetValidator.cpp" line="-19" />
        <source>règle n° %1</source>
        <translation>rule no. %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>règle %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Condition de sexe « U » : attendu F ou M.</source>
        <translation>Sex condition “U”: expected F or M.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Âge minimal %1 supérieur ou égal à l'âge maximal %2.</source>
        <translation>Minimum age %1 greater than or equal to the maximum age %2.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Les limites [%1 ; %2] %3 de l'analyse « %4 » laissent passer des valeurs critiques du catalogue (%5 : seuils critiques %6 / %7).</source>
        <translation>The limits [%1; %2] %3 of analysis “%4” let critical values of the catalogue through (%5: critical thresholds %6 / %7).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Les règles %1 et %2 fixent à l'analyse « %3 » des limites disjointes pour les mêmes patients : aucune valeur ne peut passer les deux.</source>
        <translation>Rules %1 and %2 set disjoint limits on analysis “%3” for the same patients: no value can pass both.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Dérogations circulaires : %1.</source>
        <translation>Circular overrides: %1.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>La règle « %1 » levée par cette dérogation n'existe pas.</source>
        <translation>The rule “%1” lifted by this override does not exist.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>La dérogation %1 lève la dérogation %2 : une dérogation ne retient rien, la lever n'a pas de sens et ouvre la voie aux cycles.</source>
        <translation>Override %1 lifts override %2: an override holds nothing, lifting it makes no sense and opens the way to cycles.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>La dérogation %1 lève le seuil critique %2 : une valeur critique n'est jamais validée automatiquement.</source>
        <translation>Override %1 lifts the critical threshold %2: a critical value is never validated automatically.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>La dérogation %1 et la règle %2 n'ont aucune analyse ou aucun patient en commun : elle ne peut jamais la lever.</source>
        <translation>Override %1 and rule %2 have no analysis or no patient in common: it can never lift it.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Règle sans identifiant.</source>
        <translation>Rule without an identifier.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identifiant « %1 » invalide : majuscules, chiffres, « . », « _ » et « - », 40 caractères au plus.</source>
        <translation>Invalid identifier “%1”: capital letters, digits, “.”, “_” and “-”, 40 characters at most.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Identifiant « %1 » déjà utilisé par une autre règle.</source>
        <translation>Identifier “%1” already used by another rule.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Règle sans libellé.</source>
        <translation>Rule without a label.</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/SingleChecks.cpp" line="-15" />
        <source>%1 %2 : valeur non numérique ou unité non convertible en %3</source>
        <translation>%1 %2: non-numeric value or unit not convertible to %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(sans unité)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location line="+47" />
        <source>réponse non anormale</source>
        <translation>non-abnormal answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>réponses admises : %1</source>
        <translation>allowed answers: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 « %2 » hors des réponses admises (%3)</source>
        <translation>%1 “%2” outside the allowed answers (%3)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 %2 : pas de valeurs de référence pour ce patient</source>
        <translation>%1 %2: no reference range for this patient</translation>
    </message>
    <message>
        <location line="+4" />
        <source>limites d'auto-validation</source>
        <translation>auto-validation limits</translation>
    </message>
    <message>
        <location line="+0" />
        <source>valeurs de référence</source>
        <translation>reference range</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 %2 : valeur censurée, pas certainement dans les %3 %4</source>
        <translation>%1 %2: censored value, not certainly within the %3 %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2 hors des %3 %4</source>
        <translation>%1 %2 outside the %3 %4</translation>
    </message>
    <message>
        <location line="+13" />
        <source>|Δ| ≥ %1</source>
        <translation>|Δ| ≥ %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>|Δ| ≥ %1 %</source>
        <translation>|Δ| ≥ %1 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 en %2 jours</source>
        <translation>%1 within %2 days</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 %2 : pas d'antériorité validée dans les %3 jours</source>
        <translation>%1 %2: no validated previous result within %3 days</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 ; précédent %2 le %3</source>
        <translation>%1; previous %2 on %3</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 %2 : variation de %3 depuis le %4 (%5), seuil %6</source>
        <translation>%1 %2: change of %3 since %4 (%5), threshold %6</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 %2 : valeur censurée, variation depuis le %3 (%4) non mesurable sous le seuil %5</source>
        <translation>%1 %2: censored value, change since %3 (%4) not measurable against the threshold %5</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 %2 : valeur critique du laboratoire (%3), jamais validée automatiquement</source>
        <translation>%1 %2: laboratory critical value (%3), never validated automatically</translation>
    </message>
    <message>
        <location line="+13" />
        <source>aucune alarme</source>
        <translation>no alarm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>aucune alarme hors %1</source>
        <translation>no alarm other than %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2 : alarme de l'automate %3</source>
        <translation>%1 %2: analyzer alarm %3</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 %2 : %3 non mesuré</source>
        <translation>%1 %2: %3 not measured</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 ; %2 %3</source>
        <translation>%1; %2 %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2 avec %3 %4 &gt; seuil %5</source>
        <translation>%1 %2 with %3 %4 &gt; threshold %5</translation>
    </message>
    <message>
        <location filename="../../src/domain/qc/QcLot.cpp" line="+28" />
        <source>Champ obligatoire non renseigné : %1.</source>
        <translation>Required field not filled in: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>code du contrôle</source>
        <translation>control code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>libellé du contrôle</source>
        <translation>control label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>matériau de contrôle</source>
        <translation>control material</translation>
    </message>
    <message>
        <location line="+2" />
        <source>numéro de lot</source>
        <translation>lot number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>automate</source>
        <translation>analyzer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>analyse</source>
        <translation>analysis</translation>
    </message>
    <message>
        <location line="+4" />
        <source>L'écart-type du lot %1 doit être supérieur à 0 (un écart-type nul rend toute valeur infiniment éloignée de la moyenne).</source>
        <translation>The standard deviation of lot %1 must be greater than 0 (a zero standard deviation puts every value infinitely far from the mean).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>moyenne cible</source>
        <translation>target mean</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le lot %1 doit être établi sur au moins 2 passages (%2 demandé).</source>
        <translation>Lot %1 must be established over at least 2 runs (%2 requested).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Au moins 2 passages sont nécessaires pour calculer la cible (%1 disponible).</source>
        <translation>At least 2 runs are needed to compute the target (%1 available).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Les %1 premiers passages sont identiques : écart-type nul, la cible ne peut pas être calculée.</source>
        <translation>The first %1 runs are identical: zero standard deviation, the target cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../src/domain/qc/Westgard.cpp" line="+39" />
        <source>lot %1 : %2 à %3 ET (moyenne %4 ; ET %5)</source>
        <translation>lot %1: %2 at %3 SD (mean %4; SD %5)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 valeurs, la dernière %2</source>
        <translation>%1 values, the last %2</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alerte</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Aucune valeur de contrôle à évaluer.</source>
        <translation>No control value to evaluate.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le lot %1 n'a pas de cible utilisable (écart-type nul ou valeur invalide).</source>
        <translation>Lot %1 has no usable target (zero standard deviation or invalid value).</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Valeur de contrôle vide.</source>
        <translation>Empty control value.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Valeur de contrôle « %1 » non numérique : un contrôle doit être un nombre.</source>
        <translation>Non-numeric control value “%1”: a control must be a number.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Valeur de contrôle censurée « %1 » : un contrôle doit être mesuré dans le domaine de mesure, il ne peut pas être évalué.</source>
        <translation>Censored control value “%1”: a control must be measured within the measuring range, it cannot be evaluated.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Valeur de contrôle « %1 » illisible.</source>
        <translation>Unreadable control value “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/domain/qc/WestgardRule.cpp" line="+40" />
        <source>une valeur au-delà de 2 écarts-types (alerte)</source>
        <translation>one value beyond 2 standard deviations (warning)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>une valeur au-delà de 3 écarts-types</source>
        <translation>one value beyond 3 standard deviations</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deux valeurs consécutives au-delà de 2 écarts-types du même côté</source>
        <translation>two consecutive values beyond 2 standard deviations on the same side</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deux niveaux d'une même série écartés de plus de 4 écarts-types</source>
        <translation>two levels of the same run more than 4 standard deviations apart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>quatre valeurs consécutives au-delà d'1 écart-type du même côté</source>
        <translation>four consecutive values beyond 1 standard deviation on the same side</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dix valeurs consécutives du même côté de la moyenne</source>
        <translation>ten consecutive values on the same side of the mean</translation>
    </message>
    <message>
        <location filename="../../src/domain/autoval/SeriesCrossCheck.cpp" line="-61" />
        <source>à la même minute</source>
        <translation>in the same minute</translation>
    </message>
    <message>
        <location line="+0" />
        <source>à %1 min d'écart</source>
        <translation>%1 min apart</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 : %2 en attente</source>
        <translation>%1: %2 awaited</translation>
    </message>
    <message>
        <location line="+1" />
        <source>résultats de la série disponibles</source>
        <translation>results of the series available</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2) : le dossier %3, prélevé dans la même série %4, n'a pas encore de résultat pour %5 ; un échange de tubes ne peut pas encore être écarté.</source>
        <translation>%1 (%2): dossier %3, sampled in the same series %4, has no result yet for %5; a tube swap cannot be ruled out yet.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>score croisé %1, score propre %2 sur %3 analyses (%4)</source>
        <translation>cross score %1, own score %2 over %3 analyses (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>score croisé ≥ %1 ou score propre &lt; %2 (%3) ou moins de %4 fois le score croisé</source>
        <translation>cross score ≥ %1, or own score &lt; %2 (%3), or less than %4 times the cross score</translation>
    </message>
    <message>
        <location line="+4" />
        <source>les résultats de ce dossier ressemblent aux antériorités du patient du dossier %1 (score %2 sur %3 analyses : %4) bien plus que ceux du dossier %1 lui-même (score %5)</source>
        <translation>this dossier's results look like the previous results of the patient of dossier %1 (score %2 over %3 analyses: %4) far more than dossier %1's own do (score %5)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>les résultats du dossier %1 ressemblent aux antériorités de ce patient (score %2 sur %3 analyses : %4) bien plus que ceux de ce dossier (score %5)</source>
        <translation>dossier %1's results look like this patient's previous results (score %2 over %3 analyses: %4) far more than this dossier's own do (score %5)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2) : dossier %3 prélevé dans la même série %4 ; %5 (seuil %6). Échange de tubes ?</source>
        <translation>%1 (%2): dossier %3 sampled in the same series %4; %5 (threshold %6). Tube swap?</translation>
    </message>
</context>
<context>
    <name>sgl::interop::analyzer</name>
    <message>
        <location filename="../../src/interop/analyzer/AnalyzerStreamDecoder.cpp" line="+93" />
        <source>Le flux enregistré est vide : aucun message à relire.</source>
        <translation>The recorded stream is empty: no message to replay.</translation>
    </message>
    <message>
        <location filename="../../src/interop/analyzer/ShippedAnalyzerProfiles.cpp" line="+26" />
        <location line="+49" />
        <source>Aucun profil d'analyseur livré ne s'appelle « %1 ».</source>
        <translation>No supplied analyzer profile is named “%1”.</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Profil livré illisible : %1.</source>
        <translation>Unreadable supplied profile: %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Le profil « %1 » est livré dans le fichier de « %2 ».</source>
        <translation>Profile “%1” is supplied in the file of “%2”.</translation>
    </message>
</context>
<context>
    <name>sgl::interop::astm</name>
    <message>
        <location filename="../../src/interop/astm/Delimiters.cpp" line="+21" />
        <source>Délimiteurs de l'en-tête H invalides : %1.</source>
        <translation>Invalid delimiters in the H header: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>l'en-tête doit commencer par H suivi de trois délimiteurs au moins</source>
        <translation>the header must start with H followed by at least three delimiters</translation>
    </message>
    <message>
        <location line="+9" />
        <source>« %1 » contient une lettre, un chiffre, un espace ou un caractère de contrôle</source>
        <translation>“%1” contains a letter, a digit, a space or a control character</translation>
    </message>
    <message>
        <location line="+4" />
        <source>« %1 » déclare deux fois le même caractère</source>
        <translation>“%1” declares the same character twice</translation>
    </message>
    <message>
        <location filename="../../src/interop/astm/LinkDriver.cpp" line="+79" />
        <source>Écriture impossible vers l'analyseur : %1</source>
        <translation>Cannot write to the analyzer: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/astm/LinkLayer.cpp" line="+87" />
        <source>%1 octet(s) hors trame ignoré(s).</source>
        <translation>%1 byte(s) outside any frame ignored.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Trame interrompue après %1 octet(s) : ignorée.</source>
        <translation>Frame cut after %1 byte(s): ignored.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Aucune trame ni EOT reçue pendant %1 s : transfert abandonné.</source>
        <translation>No frame and no EOT received for %1 s: transfer abandoned.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pas de réponse à ENQ en %1 s : nouvel essai plus tard.</source>
        <translation>No answer to ENQ within %1 s: will try again later.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pas de réponse à la trame en %1 s : message abandonné.</source>
        <translation>No answer to the frame within %1 s: message abandoned.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Début de transfert de l'analyseur.</source>
        <translation>Transfer from the analyzer started.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Message incomplet (%1 octet(s) sans ETX) écarté.</source>
        <translation>Incomplete message (%1 byte(s) without ETX) discarded.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fin de transfert (%1 trame(s)).</source>
        <translation>End of transfer (%1 frame(s)).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ENQ refusé (occupé) : NAK.</source>
        <translation>ENQ refused (busy): NAK.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ENQ reçu en cours de message : message incomplet écarté.</source>
        <translation>ENQ received in the middle of a message: incomplete message discarded.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Le destinataire est occupé (NAK à ENQ) : nouvel essai dans %1 s.</source>
        <translation>The receiver is busy (NAK to ENQ): next attempt in %1 s.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Contention : l'instrument est prioritaire, nouvel essai dans %1 s.</source>
        <translation>Contention: the instrument has priority, next attempt in %1 s.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Contention : l'instrument garde la main et renvoie ENQ.</source>
        <translation>Contention: the instrument keeps the line and sends ENQ again.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Trame de %1 octets, au-delà de la limite de %2 : refusée.</source>
        <translation>Frame of %1 bytes, over the limit of %2: refused.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Somme de contrôle absente ou non hexadécimale après ETX/ETB : trame refusée.</source>
        <translation>Checksum missing or not hexadecimal after ETX/ETB: frame refused.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Somme de contrôle fausse : trame refusée.</source>
        <translation>Wrong checksum: frame refused.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Numéro de trame invalide (chiffre 0 à 7 attendu) : trame refusée.</source>
        <translation>Invalid frame number (digit 0 to 7 expected): frame refused.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Caractère de contrôle interdit dans le texte de la trame : trame refusée.</source>
        <translation>Forbidden control character in the frame text: frame refused.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Trame reçue sans ENQ préalable : transfert ouvert implicitement.</source>
        <translation>Frame received without a preceding ENQ: transfer opened implicitly.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Somme de contrôle en minuscules (majuscules attendues) : acceptée.</source>
        <translation>Checksum in lowercase (uppercase expected): accepted.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saut de ligne (LF) dans le texte de la trame : accepté.</source>
        <translation>Line feed (LF) in the frame text: accepted.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Trame répétée (même numéro) : acquittée et ignorée.</source>
        <translation>Repeated frame (same number): acknowledged and ignored.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trame au numéro de la précédente mais au contenu différent : traitée comme une retransmission (E1381), acquittée et ignorée.</source>
        <translation>Frame with the previous number but different content: handled as a retransmission (E1381), acknowledged and ignored.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Numéro de trame %1 reçu, %2 attendu : trame refusée.</source>
        <translation>Frame number %1 received, %2 expected: frame refused.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Numéro de trame %1 reçu, %2 attendu : accepté (tolérance du profil).</source>
        <translation>Frame number %1 received, %2 expected: accepted (profile tolerance).</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Connexion perdue pendant un transfert.</source>
        <translation>Connection lost during a transfer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connexion perdue pendant un envoi.</source>
        <translation>Connection lost while sending.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Message vide : rien à envoyer.</source>
        <translation>Empty message: nothing to send.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Caractère de contrôle 0x%1 interdit dans un message ASTM.</source>
        <translation>Control character 0x%1 is forbidden in an ASTM message.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Message %1 transmis.</source>
        <translation>Message %1 sent.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Le destinataire demande la ligne (EOT) : envoi suspendu.</source>
        <translation>The receiver asks for the line (EOT): sending suspended.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Trame refusée %1 fois : message abandonné.</source>
        <translation>Frame refused %1 times: message abandoned.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Trame refusée (NAK) : nouvel envoi.</source>
        <translation>Frame refused (NAK): sending again.</translation>
    </message>
    <message>
        <location filename="../../src/interop/astm/MessageAssembler.cpp" line="+80" />
        <source>Octets invalides en UTF-8 : enregistrement lu en Latin-1.</source>
        <translation>Invalid UTF-8 bytes: record read as Latin-1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nouvel en-tête H avant l'enregistrement L : message précédent clos sans terminaison.</source>
        <translation>New H header before the L record: previous message closed without terminator.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Enregistrement hors message (avant tout en-tête H) : « %1 ».</source>
        <translation>Record outside a message (before any H header): “%1”.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Type d'enregistrement « %1 » invalide (une lettre attendue) : enregistrement gardé tel quel.</source>
        <translation>Invalid record type “%1” (one letter expected): record kept as is.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Transfert interrompu avant l'enregistrement L : message incomplet.</source>
        <translation>Transfer interrupted before the L record: incomplete message.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fin de transfert sans enregistrement L : message accepté sans terminaison.</source>
        <translation>End of transfer without an L record: message accepted without terminator.</translation>
    </message>
    <message>
        <location filename="../../src/interop/astm/RecordWriter.cpp" line="+62" />
        <source>Le caractère « %1 » n'existe pas en Latin-1 : message non envoyé.</source>
        <translation>The character “%1” does not exist in Latin-1: message not sent.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Le système hôte doit déclarer un caractère d'échappement.</source>
        <translation>The host system must declare an escape character.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aucune demande à envoyer.</source>
        <translation>No order to send.</translation>
    </message>
    <message>
        <location filename="../../src/interop/astm/ReplayDecoder.cpp" line="+21" />
        <source>Flux vide : rien à rejouer.</source>
        <translation>Empty stream: nothing to replay.</translation>
    </message>
    <message>
        <location filename="../../src/interop/astm/SerialLink.cpp" line="+21" />
        <source>Erreur du port série %1 : %2</source>
        <translation>Serial port error %1: %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Ouverture du port série %1 impossible : %2</source>
        <translation>Cannot open serial port %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/interop/astm/TcpClientLink.cpp" line="+26" />
        <source>Connexion TCP à l'analyseur impossible : %1</source>
        <translation>Cannot connect to the analyzer over TCP: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/astm/TcpServerLink.cpp" line="+27" />
        <source>Impossible d'écouter sur %1:%2 : %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>sgl::interop::catalogue</name>
    <message>
        <location filename="../../src/interop/catalogue/CatalogueCsv.cpp" line="+181" />
        <location line="+73" />
        <source>Colonne obligatoire « %1 » absente.</source>
        <translation>Required column “%1” is missing.</translation>
    </message>
    <message>
        <location line="-61" />
        <location line="+157" />
        <source>Code local manquant.</source>
        <translation>Missing local code.</translation>
    </message>
    <message>
        <location line="-147" />
        <source>Sexe « %1 » invalide (F, M ou vide pour tous).</source>
        <translation>Invalid sex “%1” (F, M, or empty for all).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Âge minimal « %1 » invalide (ex. 30d, 6m, 18y).</source>
        <translation>Invalid minimum age “%1” (e.g. 30d, 6m, 18y).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Âge maximal « %1 » invalide (ex. 30d, 6m, 18y).</source>
        <translation>Invalid maximum age “%1” (e.g. 30d, 6m, 18y).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Colonne %1 : « %2 » n'est pas un nombre.</source>
        <translation>Column %1: “%2” is not a number.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Colonne « %1 » inconnue, ignorée.</source>
        <translation>Unknown column “%1”, ignored.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Chapitre « %1 » décrit différemment de la ligne %2.</source>
        <translation>Chapter “%1” described differently from line %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../src/interop/catalogue/FhirCatalogueReader.cpp" line="+101" />
        <source>Code de chapitre manquant.</source>
        <translation>Missing chapter code.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Colonne bench_label : libellé « %1 » sans code de paillasse (colonne bench).</source>
        <translation>Column bench_label: label “%1” without a bench code (column bench).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Colonne bench_label : paillasse « %1 » nommée « %2 » ici et « %3 » ligne %4.</source>
        <translation>Column bench_label: bench “%1” named “%2” here and “%3” on line %4.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Code local « %1 » déjà présent ligne %2.</source>
        <translation>Local code “%1” already present on line %2.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Examen « %1 » décrit différemment de la ligne %2.</source>
        <translation>Exam “%1” described differently from line %2.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Type de résultat « %1 » invalide (numeric, coded ou text).</source>
        <translation>Invalid result type “%1” (numeric, coded or text).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Facteur de conversion « %1 » : pas un nombre.</source>
        <translation>Conversion factor “%1”: not a number.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Seuil delta « %1 » : pas un nombre.</source>
        <translation>Delta threshold “%1”: not a number.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fenêtre delta « %1 » : pas un nombre entier de jours.</source>
        <translation>Delta window “%1”: not a whole number of days.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nombre de décimales « %1 » : pas un entier.</source>
        <translation>Number of decimals “%1”: not an integer.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Liste de valeurs : « %1 » au lieu de code=libellé.</source>
        <translation>Value list: “%1” instead of code=label.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Codes automates : « %1 » au lieu de automate=code.</source>
        <translation>Analyser codes: “%1” instead of analyser=code.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Plage pour le code local « %1 » absent du fichier catalogue.</source>
        <translation>Range for local code “%1”, which is not in the catalogue file.</translation>
    </message>
    <message>
        <location filename="../../src/interop/catalogue/CatalogueDiff.cpp" line="+66" />
        <source>Paillasse « %1 » inconnue du catalogue : indiquez son libellé (colonne bench_label) pour la créer.</source>
        <translation>Bench “%1” unknown to the catalogue: give its label (column bench_label) to create it.</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Code local « %1 » inconnu du catalogue : un retour de transcodage ne peut pas créer d'analyse.</source>
        <translation>Local code “%1” is not in the catalogue: a transcoding return cannot create an analysis.</translation>
    </message>
    <message>
        <location filename="../../src/interop/catalogue/CatalogueReferenceData.cpp" line="+22" />
        <source>Donnée de référence « %1 » absente du programme.</source>
        <translation>Reference data “%1” is missing from the program.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Sous-ensemble LOINC : colonnes attendues loinc;long_common_name;example_ucum;label_fr.</source>
        <translation>LOINC subset: expected columns loinc;long_common_name;example_ucum;label_fr.</translation>
    </message>
    <message>
        <location filename="../../src/interop/catalogue/CsvTable.cpp" line="+29" />
        <source>Fichier en UTF-16 : enregistrez-le en UTF-8 (« CSV UTF-8 » dans le tableur).</source>
        <translation>UTF-16 file: save it as UTF-8 (“CSV UTF-8” in the spreadsheet).</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+101" />
        <source>Fichier vide.</source>
        <translation>Empty file.</translation>
    </message>
    <message>
        <location line="-85" />
        <source>Ligne non encodée en UTF-8 (fichier probablement en Windows-1252 ou ISO-8859-1) : enregistrez-le en UTF-8.</source>
        <translation>Line not encoded in UTF-8 (the file is probably Windows-1252 or ISO-8859-1): save it as UTF-8.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Guillemet inattendu au milieu d'un champ (doubler les guillemets dans un champ entre guillemets).</source>
        <translation>Unexpected quote in the middle of a field (double the quotes inside a quoted field).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Texte après un guillemet fermant.</source>
        <translation>Text after a closing quote.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Guillemet ouvrant jamais fermé.</source>
        <translation>Opening quote never closed.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Séparateur attendu : point-virgule « ; » (le fichier semble séparé par des virgules ou des tabulations).</source>
        <translation>Expected separator: semicolon “;” (the file seems to be separated by commas or tabs).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 champs au lieu de %2 (nombre de colonnes de l'en-tête).</source>
        <translation>%1 fields instead of %2 (number of header columns).</translation>
    </message>
    <message>
        <location filename="../../src/interop/catalogue/FhirCatalogueReader.cpp" line="-37" />
        <source>Nombre attendu.</source>
        <translation>Number expected.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Âge entier positif attendu.</source>
        <translation>Positive whole age expected.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unité d'âge UCUM attendue : d, mo ou a.</source>
        <translation>UCUM age unit expected: d, mo or a.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Référence « %1 » vers un ValueSet contenu introuvable.</source>
        <translation>Reference “%1” to a contained ValueSet not found.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Identifiant %1 (code local) manquant.</source>
        <translation>Identifier %1 (local code) missing.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Code local « %1 » déjà défini en %2.</source>
        <translation>Local code “%1” already defined at %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type « %1 » non pris en charge (Quantity, CodeableConcept ou string).</source>
        <translation>Type “%1” not supported (Quantity, CodeableConcept or string).</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Sexe « %1 » non pris en charge (female, male ou absent).</source>
        <translation>Sex “%1” not supported (female, male or absent).</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Valeur manquante.</source>
        <translation>Missing value.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unité « %1 » différente de l'unité de l'analyse « %2 ».</source>
        <translation>Unit “%1” differs from the analysis unit “%2”.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Catégorie « %1 » inconnue (reference, critical, absolute).</source>
        <translation>Unknown category “%1” (reference, critical, absolute).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Système %1 attendu.</source>
        <translation>System %1 expected.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Code manquant.</source>
        <translation>Missing code.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Paillasse sans code ou sans libellé (code, display).</source>
        <translation>Bench without code or label (code, display).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Paillasse « %1 » déjà définie en %2.</source>
        <translation>Bench “%1” already defined at %2.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Identifiant %1 (type de tube) manquant.</source>
        <translation>Missing %1 identifier (tube type).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Identifiant de ressource (id) manquant.</source>
        <translation>Missing resource id.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Référence « %1 » vers une SpecimenDefinition absente du Bundle.</source>
        <translation>Reference “%1” to a SpecimenDefinition absent from the Bundle.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Paillasse « %1 » absente du CodeSystem des paillasses (%2).</source>
        <translation>Bench “%1” absent from the benches CodeSystem (%2).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Identifiant %1 (code examen) manquant.</source>
        <translation>Identifier %1 (exam code) missing.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Chapitre (topic %1) manquant.</source>
        <translation>Chapter (topic %1) missing.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Référence « %1 » vers une ObservationDefinition absente du Bundle.</source>
        <translation>Reference “%1” to an ObservationDefinition not in the Bundle.</translation>
    </message>
    <message>
        <location line="+37" />
        <location filename="../../src/interop/catalogue/FhirConceptMap.cpp" line="+278" />
        <source>JSON invalide : %1.</source>
        <translation>Invalid JSON: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Un Bundle FHIR est attendu.</source>
        <translation>A FHIR Bundle is expected.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bundle vide.</source>
        <translation>Empty Bundle.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ressource « %1 » inattendue (ObservationDefinition, ActivityDefinition, SpecimenDefinition, CodeSystem %2 ou %3).</source>
        <translation>Unexpected resource “%1” (ObservationDefinition, ActivityDefinition, SpecimenDefinition, CodeSystem %2 or %3).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(absente)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CodeSystem des chapitres (%1) absent.</source>
        <translation>Chapter CodeSystem (%1) missing.</translation>
    </message>
    <message>
        <location filename="../../src/interop/catalogue/FhirConceptMap.cpp" line="-234" />
        <source>Aucun code LOINC attribué à cette analyse.</source>
        <translation>No LOINC code assigned to this analysis.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Même résultat exprimé dans la seconde unité : %1.</source>
        <translation>Same result expressed in the second unit: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(non précisée)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Système attendu : %1 (absent).</source>
        <translation>Expected system: %1 (absent).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Système « %1 » inattendu : %2 attendu.</source>
        <translation>Unexpected system “%1”: %2 expected.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code local de l'élément manquant.</source>
        <translation>Missing local code of the element.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Code local « %1 » déjà présent en %2.</source>
        <translation>Local code “%1” already present at %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Aucune cible pour « %1 » : une cible « equivalent » avec le code LOINC, ou « unmatched » sans code, est attendue.</source>
        <translation>No target for “%1”: an “equivalent” target with the LOINC code, or an “unmatched” one without a code, is expected.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Équivalence manquante (obligatoire en FHIR R4).</source>
        <translation>Missing equivalence (required in FHIR R4).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Équivalence « %1 » inconnue en FHIR R4.</source>
        <translation>Equivalence “%1” unknown in FHIR R4.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Une cible « unmatched » ne porte pas de code (ici « %1 ») : mettre « equivalent » ou retirer le code.</source>
        <translation>An “unmatched” target carries no code (here “%1”): set “equivalent” or remove the code.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Code LOINC manquant pour une cible « %1 ».</source>
        <translation>Missing LOINC code for an “%1” target.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cible « %1 » ignorée : seule une équivalence « equivalent » ou « equal » renseigne le LOINC de l'analyse.</source>
        <translation>Target “%1” ignored: only an “equivalent” or “equal” equivalence sets the analysis LOINC code.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Plusieurs cibles « equivalent » pour « %1 » (%2) : une seule est permise.</source>
        <translation>Several “equivalent” targets for “%1” (%2): only one is allowed.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>« %1 » est à la fois associé à %2 et déclaré « unmatched ».</source>
        <translation>“%1” is both mapped to %2 and declared “unmatched”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Aucune cible « equivalent » ni « unmatched » pour « %1 ».</source>
        <translation>No “equivalent” or “unmatched” target for “%1”.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Base canonique « %1 » invalide : une URL absolue http(s) sans « ? » ni « # » est attendue (ex. https://labo.example.fr/fhir).</source>
        <translation>Invalid canonical base “%1”: an absolute http(s) URL without “?” or “#” is expected (e.g. https://labo.example.fr/fhir).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Analyses du laboratoire vers LOINC</source>
        <translation>Laboratory analyses to LOINC</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Un ConceptMap FHIR est attendu (ici « %1 »).</source>
        <translation>A FHIR ConceptMap is expected (here “%1”).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aucun groupe d'éléments (ConceptMap vide).</source>
        <translation>No element group (empty ConceptMap).</translation>
    </message>
</context>
<context>
    <name>sgl::interop::cps</name>
    <message>
        <location filename="../../src/interop/cps/CpsCard.cpp" line="+69" />
        <source>Aucun module PKCS#11 de carte CPS n'est paramétré sur ce poste (Réglages ▸ Carte CPS).</source>
        <translation>No PKCS#11 module for the CPS card is configured on this workstation (Settings ▸ CPS card).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Module PKCS#11 de la carte CPS introuvable : %1 (vérifiez l'installation du logiciel de la carte CPS).</source>
        <translation>CPS card PKCS#11 module not found: %1 (check the installation of the CPS card software).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Le fichier %1 n'est pas un module PKCS#11 utilisable pour la carte CPS.</source>
        <translation>The file %1 is not a PKCS#11 module usable for the CPS card.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>La carte CPS ne contient aucun certificat d'authentification lisible.</source>
        <translation>The CPS card contains no readable authentication certificate.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saisissez le code porteur de la carte CPS.</source>
        <translation>Enter the PIN code of the CPS card.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>La clé privée du certificat d'authentification est introuvable sur la carte CPS.</source>
        <translation>The private key of the authentication certificate cannot be found on the CPS card.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>La carte CPS n'a pas pu signer (code 0x%1).</source>
        <translation>The CPS card could not sign (code 0x%1).</translation>
    </message>
    <message>
        <location filename="../../src/interop/cps/CpsCertificate.cpp" line="+69" />
        <source>La carte CPS contient un certificat illisible.</source>
        <translation>The CPS card contains an unreadable certificate.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Le certificat de la carte CPS a expiré le %1 : renouvelez la carte auprès de l'Agence du Numérique en Santé. Aucun appel n'a été fait avec cette carte.</source>
        <translation>The CPS card certificate expired on %1: renew the card with the Agence du Numérique en Santé. No call was made with this card.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le certificat de la carte CPS n'est valide qu'à partir du %1.</source>
        <translation>The CPS card certificate is only valid from %1.</translation>
    </message>
    <message>
        <location filename="../../src/interop/cps/CpsFailure.cpp" line="+14" />
        <source>La carte CPS est bloquée (trop de codes porteur faux). Débloquez-la avec son code de déblocage (outil de gestion de la carte CPS), puis réessayez.</source>
        <translation>The CPS card is blocked (too many wrong PIN codes). Unblock it with its unblocking code (CPS card management tool), then try again.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Aucune carte CPS n'est insérée dans le lecteur (ou le lecteur n'est pas branché). Insérez la carte puis réessayez.</source>
        <translation>No CPS card is inserted in the reader (or the reader is not plugged in). Insert the card and try again.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Code porteur incorrect. Attention : la carte CPS se bloque après trois codes faux consécutifs.</source>
        <translation>Incorrect PIN code. Warning: the CPS card is blocked after three consecutive wrong codes.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Erreur de la carte CPS (code PKCS#11 0x%1).</source>
        <translation>CPS card error (PKCS#11 code 0x%1).</translation>
    </message>
</context>
<context>
    <name>sgl::interop::directory</name>
    <message>
        <location filename="../../src/interop/directory/ExtractLineDecoder.cpp" line="+20" />
        <source>Ligne %1 : séquence UTF-8 invalide (le fichier est lu en UTF-8 d'après son en-tête).</source>
        <translation>Line %1: invalid UTF-8 sequence (the file is read as UTF-8 according to its header).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ligne %1, octet %2 : l'octet 0x%3 n'est pas un caractère Windows-1252 (fichier corrompu ou d'un autre encodage).</source>
        <translation>Line %1, byte %2: byte 0x%3 is not a Windows-1252 character (corrupted file or another encoding).</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+83" />
        <source>Fichier vide : l'en-tête de l'extraction Personne_activite est absent.</source>
        <translation>Empty file: the header of the Personne_activite extraction is missing.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>En-tête incorrect : colonne %1 « %2 » absente (%3 colonnes lues, 56 attendues ; ce n'est pas un fichier PS_LibreAcces_Personne_activite).</source>
        <translation>Incorrect header: column %1 “%2” missing (%3 columns read, 56 expected; this is not a PS_LibreAcces_Personne_activite file).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>En-tête incorrect : colonne %1 « %2 » attendue, « %3 » trouvée (ce n'est pas un fichier PS_LibreAcces_Personne_activite ou son format a changé).</source>
        <translation>Incorrect header: column %1 “%2” expected, “%3” found (this is not a PS_LibreAcces_Personne_activite file or its format has changed).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>En-tête incorrect : colonne %1 « %2 » inattendue après les 56 colonnes publiées.</source>
        <translation>Incorrect header: unexpected column %1 “%2” after the 56 published columns.</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/DirectoryFileReader.cpp" line="+169" />
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+14" />
        <source>Ligne %1 : dernière ligne tronquée (ni fin de ligne ni séparateur final, %2 champs) : fichier incomplet, téléchargez l'extraction à nouveau.</source>
        <translation>Line %1: last line truncated (neither end of line nor final separator, %2 fields): incomplete file, download the extraction again.</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+7" />
        <source>Ligne %1 : %2 champs au lieu de 56.</source>
        <translation>Line %1: %2 fields instead of 56.</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/DirectoryFileReader.cpp" line="-104" />
        <source>Fichier vide : l'en-tête de l'extraction %1 est absent.</source>
        <translation>Empty file: the header of the %1 extraction is missing.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>En-tête incorrect : colonne %1 « %2 » absente (%3 colonnes lues, %4 attendues ; ce n'est pas un fichier %5).</source>
        <translation>Incorrect header: column %1 “%2” missing (%3 columns read, %4 expected; this is not a %5 file).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>En-tête incorrect : colonne %1 « %2 » attendue, « %3 » trouvée (ce n'est pas un fichier %4 ou son format a changé).</source>
        <translation>Incorrect header: column %1 “%2” expected, “%3” found (this is not a %4 file or its format has changed).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>En-tête incorrect : colonne %1 « %2 » inattendue après les %3 colonnes publiées du fichier %4.</source>
        <translation>Incorrect header: unexpected column %1 “%2” after the %3 published columns of the %4 file.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Ligne %1 : type de boîte aux lettres « %2 » inconnu (PER, ORG, APP ou CAB attendu).</source>
        <translation>Line %1: unknown mailbox type “%2” (PER, ORG, APP or CAB expected).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ligne %1 : adresse de boîte aux lettres vide.</source>
        <translation>Line %1: empty mailbox address.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+10" />
        <source>Ligne %1 : identifiant PP vide.</source>
        <translation>Line %1: empty PP identifier.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+7" />
        <source>Ligne %1 : le numéro RPPS %2 a une clé de contrôle fausse.</source>
        <translation>Line %1: RPPS number %2 has a wrong check digit.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+5" />
        <source>Ligne %1 : numéro RPPS « %2 » invalide (11 chiffres attendus).</source>
        <translation>Line %1: invalid RPPS number “%2” (11 digits expected).</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+6" />
        <source>Ligne %1 : identification nationale « %2 » différente du type d'identifiant suivi de l'identifiant (« %3 »).</source>
        <translation>Line %1: national identification “%2” differs from the identifier type followed by the identifier (“%3”).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Ligne %1 : %2 champs au lieu de %3.</source>
        <translation>Line %1: %2 fields instead of %3.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+47" />
        <source>Lecture de l'annuaire interrompue par une erreur précédente.</source>
        <translation>Reading of the directory interrupted by a previous error.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../src/interop/directory/PersonneActiviteReader.cpp" line="+8" />
        <location filename="../../src/workflow/directory/DirectoryImport.cpp" line="+121" />
        <source>Lecture impossible : %1.</source>
        <translation>Cannot read: %1.</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/SyntheticDirectoryFiles.cpp" line="+142" />
        <source>Le fichier Personne_activite synthétique s'écrit avec SyntheticExtract.</source>
        <translation>The synthetic Personne_activite file is written with SyntheticExtract.</translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../../src/interop/directory/SyntheticExtract.cpp" line="+119" />
        <source>Écriture de l'extrait synthétique impossible : %1.</source>
        <translation>Cannot write the synthetic extract: %1.</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/AnnuaireFhirClient.cpp" line="+72" />
        <source>Clé d'API de l'Annuaire Santé absente : renseignez-la dans les paramètres des services nationaux.</source>
        <translation>Annuaire Santé API key missing: enter it in the national services settings.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Requête refusée par l'Annuaire Santé : %1</source>
        <translation>Request refused by the Annuaire Santé: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Clé d'API de l'Annuaire Santé refusée (HTTP %1) : vérifiez-la dans les paramètres des services nationaux.</source>
        <translation>Annuaire Santé API key refused (HTTP %1): check it in the national services settings.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>L'Annuaire Santé limite le nombre de requêtes : réessayez dans %1 s.</source>
        <translation>The Annuaire Santé limits the number of requests: try again in %1 s.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>L'Annuaire Santé a répondu HTTP %1%2</source>
        <translation>The Annuaire Santé answered HTTP %1%2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Lien de page suivante de l'Annuaire Santé hors de son adresse : ignoré par sécurité.</source>
        <translation>Annuaire Santé next-page link outside its address: ignored for security.</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/AnnuaireFhirHttp.cpp" line="+11" />
        <source>Adresse de l'API FHIR de l'Annuaire Santé invalide « %1 » : une URL https:// est exigée.</source>
        <translation>Invalid Annuaire Santé FHIR API address “%1”: an https:// URL is required.</translation>
    </message>
    <message>
        <location filename="../../src/interop/directory/FhirPractitionerBundle.cpp" line="+107" />
        <source>Réponse inattendue de l'Annuaire Santé : un Bundle FHIR JSON était attendu.</source>
        <translation>Unexpected Annuaire Santé response: a FHIR JSON Bundle was expected.</translation>
    </message>
</context>
<context>
    <name>sgl::interop::dmp</name>
    <message>
        <location filename="../../src/interop/dmp/DmpClient.cpp" line="+19" />
        <source>Adresse du DMP invalide « %1 » : une URL https:// est exigée.</source>
        <translation>Invalid DMP address “%1”: an https:// URL is required.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificat d'authentification</source>
        <translation>Authentication certificate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clé privée du certificat</source>
        <translation>Certificate private key</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fichier des autorités de confiance</source>
        <translation>Trusted authorities file</translation>
    </message>
    <message>
        <location line="+4" />
        <source>OID racine du laboratoire invalide « %1 » (identifiant des lots envoyés au DMP).</source>
        <translation>Invalid laboratory root OID “%1” (identifier of the batches sent to the DMP).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Délais ou taille maximale de réponse du DMP invalides.</source>
        <translation>Invalid DMP timeouts or maximum response size.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificat de signature (cachet) du DMP non paramétré.</source>
        <translation>DMP signing certificate (seal) not configured.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>réponse du DMP</source>
        <translation>DMP response</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Le DMP est momentanément indisponible : %1</source>
        <translation>The DMP is temporarily unavailable: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le DMP a refusé la demande : %1</source>
        <translation>The DMP rejected the request: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le DMP est indisponible (statut HTTP %1) ; nouvel essai plus tard.</source>
        <translation>The DMP is unavailable (HTTP status %1); will retry later.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le DMP a refusé la demande (statut HTTP %1).</source>
        <translation>The DMP rejected the request (HTTP status %1).</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Document « %1 » introuvable dans le DMP du patient.</source>
        <translation>Document “%1” not found in the patient's DMP.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>L'INS du document ne correspond pas à celui du patient destinataire.</source>
        <translation>The document's INS does not match that of the recipient patient.</translation>
    </message>
    <message>
        <location filename="../../src/interop/dmp/DmpExistenceMessage.cpp" line="+71" />
        <source>Réponse du DMP inattendue au test d'existence : « %1 » au lieu de PRPA_IN201308UV02.</source>
        <translation>Unexpected DMP response to the existence check: “%1” instead of PRPA_IN201308UV02.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Le DMP a refusé le test d'existence (accusé « %1 ») : %2</source>
        <translation>The DMP rejected the existence check (acknowledgement “%1”): %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>absent</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sans détail</source>
        <translation>no detail</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Réponse du DMP inattendue au test d'existence : code de réponse « %1 ».</source>
        <translation>Unexpected DMP response to the existence check: response code “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/interop/dmp/VihfAssertionBuilder.cpp" line="+80" />
        <location line="+2" />
        <location line="+27" />
        <source>Profil VIHF incomplet : %1 manquant.</source>
        <translation>Incomplete VIHF profile: %1 missing.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>INS du patient invalide pour le VIHF : autorité « %1 » inconnue (OID 1.2.250.1.213.1.4.8, .9, .10 ou .11 attendu).</source>
        <translation>Patient INS invalid for the VIHF: unknown authority “%1” (OID 1.2.250.1.213.1.4.8, .9, .10 or .11 expected).</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../src/interop/dmp/VihfVerifier.cpp" line="+181" />
        <location line="+4" />
        <source>INS du patient invalide pour le VIHF : %1</source>
        <translation>Patient INS invalid for the VIHF: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>15 caractères attendus</source>
        <translation>15 characters expected</translation>
    </message>
    <message>
        <location filename="../../src/interop/dmp/VihfVerifier.cpp" line="-121" />
        <source>VIHF : attribut obligatoire « %1 » absent ou vide.</source>
        <translation>VIHF: mandatory attribute “%1” missing or empty.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Aucune assertion VIHF (saml2:Assertion) dans le message.</source>
        <translation>No VIHF assertion (saml2:Assertion) in the message.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <location line="+79" />
        <source>VIHF mal formé : %1</source>
        <translation>Malformed VIHF: %1</translation>
    </message>
    <message>
        <location line="-85" />
        <source>plusieurs assertions SAML.</source>
        <translation>several SAML assertions.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>assertion non signée.</source>
        <translation>unsigned assertion.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>plusieurs signatures.</source>
        <translation>several signatures.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>VIHF : la signature ne couvre pas l'assertion elle-même.</source>
        <translation>VIHF: the signature does not cover the assertion itself.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>VIHF : l'émetteur « %1 » n'est pas le sujet du certificat de signature « %2 ».</source>
        <translation>VIHF: the issuer “%1” is not the subject of the signing certificate “%2”.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>VIHF sans période de validité (Conditions NotBefore/NotOnOrAfter).</source>
        <translation>VIHF without a validity period (Conditions NotBefore/NotOnOrAfter).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>VIHF hors de sa période de validité (%1 – %2).</source>
        <translation>VIHF outside its validity period (%1 – %2).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Ressource_URN « %1 » au lieu de urn:dmp.</source>
        <translation>Ressource_URN “%1” instead of urn:dmp.</translation>
    </message>
    <message>
        <location filename="../../src/interop/dmp/XadesSubmissionSignature.cpp" line="+64" />
        <source>Signature XAdES impossible : %1</source>
        <translation>Cannot create XAdES signature: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>identifiant de signature absent.</source>
        <translation>signature identifier missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>identifiant unique du lot de soumission absent.</source>
        <translation>submission set unique identifier missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aucun document à signer.</source>
        <translation>no document to sign.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>document sans identifiant unique.</source>
        <translation>document without a unique identifier.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>date de signature invalide.</source>
        <translation>invalid signing date.</translation>
    </message>
    <message>
        <location filename="../../src/interop/dmp/XadesVerifier.cpp" line="+31" />
        <source>Signature XAdES mal formée : %1</source>
        <translation>Malformed XAdES signature: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>l'élément racine n'est pas ds:Signature.</source>
        <translation>the root element is not ds:Signature.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>la signature ne couvre pas le Manifest et les SignedProperties.</source>
        <translation>the signature does not cover the Manifest and the SignedProperties.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>SigningTime absent ou invalide.</source>
        <translation>SigningTime missing or invalid.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>SigningCertificate ne désigne pas le certificat de signature.</source>
        <translation>SigningCertificate does not designate the signing certificate.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Signature XAdES : purposeOfSignature absent.</source>
        <translation>XAdES signature: purposeOfSignature missing.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Signature XAdES : purposeOfSignature « %1 » (cible « %2 ») au lieu de 1.2.840.10065.1.12.1.14.</source>
        <translation>XAdES signature: purposeOfSignature “%1” (target “%2”) instead of 1.2.840.10065.1.12.1.14.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>référence de Manifest « %1 » qui n'est pas urn:oid:.</source>
        <translation>Manifest reference “%1” is not urn:oid:.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>plusieurs références de lot de soumission (AA==).</source>
        <translation>several submission set references (AA==).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>document « %1 » référencé deux fois.</source>
        <translation>document “%1” referenced twice.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>référence du lot de soumission (DigestValue AA==) absente du Manifest.</source>
        <translation>submission set reference (DigestValue AA==) missing from the Manifest.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Signature XAdES : le document « %1 » n'est pas couvert par la signature.</source>
        <translation>XAdES signature: document “%1” is not covered by the signature.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Signature XAdES : l'empreinte du document « %1 » ne correspond pas au document reçu.</source>
        <translation>XAdES signature: the digest of document “%1” does not match the received document.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Signature XAdES : le document signé « %1 » n'a pas été reçu.</source>
        <translation>XAdES signature: the signed document “%1” was not received.</translation>
    </message>
    <message>
        <location filename="../../src/interop/dmp/DmpWebAccessRequest.cpp" line="+24" />
        <source>Adresse de l'accès web au DMP invalide « %1 » : une URL https:// est exigée.</source>
        <translation>Invalid DMP web access address “%1”: an https:// URL is required.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>INS du patient inutilisable pour le DMP : %1</source>
        <translation>Patient INS unusable for the DMP: %1</translation>
    </message>
</context>
<context>
    <name>sgl::interop::gateway</name>
    <message>
        <location filename="../../src/interop/gateway/AnalyzerConnection.cpp" line="+72" />
        <source>Aucun dossier de journal des échanges configuré : le trafic brut de %1 n'est pas conservé.</source>
        <translation>No exchange log folder configured: the raw traffic of %1 is not kept.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>arrêt de la connexion</source>
        <translation>stopping the connection</translation>
    </message>
    <message>
        <location line="+89" />
        <location filename="../../src/interop/gateway/AnalyzerConnectionHl7.cpp" line="+98" />
        <source>connexion de l'analyseur</source>
        <translation>analyzer connection</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+24" />
        <location filename="../../src/interop/gateway/AnalyzerConnectionHl7.cpp" line="-17" />
        <source>connexion fermée</source>
        <translation>connection closed</translation>
    </message>
    <message>
        <location line="-13" />
        <location filename="../../src/interop/gateway/AnalyzerConnectionHl7.cpp" line="-41" />
        <source>écoute sur %1:%2</source>
        <translation>listening on %1:%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>connecté à l'analyseur</source>
        <translation>connected to the analyzer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Connexion à l'analyseur perdue.</source>
        <translation>Connection to the analyzer lost.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>port série ouvert</source>
        <translation>serial port open</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Le profil %1 n'a pas de liaison réseau ou série.</source>
        <translation>Profile %1 has no network or serial link.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Message de l'hôte non remis à l'analyseur (%1).</source>
        <translation>Host message not delivered to the analyzer (%1).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>message non enregistré, connexion coupée sans acquittement : %1</source>
        <translation>message not recorded, connection dropped without acknowledgement: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message non enregistré (%1) : l'analyseur le renverra.</source>
        <translation>Message not recorded (%1): the analyzer will resend it.</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../../src/interop/gateway/AnalyzerConnectionHl7.cpp" line="+124" />
        <source>%1 résultat(s) enregistré(s), %2 en attente</source>
        <translation>%1 result(s) recorded, %2 held</translation>
    </message>
    <message>
        <location line="+58" />
        <location line="+5" />
        <source>Aucun analyseur connecté sur %1 : liste de travail non envoyée.</source>
        <translation>No analyzer connected on %1: worklist not sent.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 tube(s) envoyé(s) à l'analyseur</source>
        <translation>%1 tube(s) sent to the analyzer</translation>
    </message>
    <message>
        <location filename="../../src/interop/gateway/AnalyzerConnectionHl7.cpp" line="-126" />
        <source>Impossible d'écouter sur %1 : %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connexion à l'analyseur impossible : %1</source>
        <translation>Cannot connect to the analyzer: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Le profil HL7 %1 demande une liaison TCP (serveur ou client).</source>
        <translation>HL7 profile %1 requires a TCP link (server or client).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Trame MLLP incorrecte : %1 octet(s) hors trame ignoré(s), %2 trame(s) trop longue(s) rejetée(s).</source>
        <translation>Incorrect MLLP framing: %1 out-of-frame byte(s) ignored, %2 over-long frame(s) rejected.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>base de données indisponible</source>
        <translation>database unavailable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message non enregistré (%1) : réponse AR, l'analyseur le renverra.</source>
        <translation>Message not recorded (%1): AR response, the analyzer will resend it.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Ordre pour le tube %1 non envoyé à l'analyseur.</source>
        <translation>Order for tube %1 not sent to the analyzer.</translation>
    </message>
    <message>
        <location filename="../../src/interop/gateway/TrafficLog.cpp" line="+80" />
        <source>dossier %1 impossible à créer</source>
        <translation>folder %1 cannot be created</translation>
    </message>
    <message>
        <location line="+30" />
        <source>rotation impossible de %1</source>
        <translation>cannot rotate %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Journal des échanges %1 non écrit : %2</source>
        <translation>Exchange log %1 not written: %2</translation>
    </message>
</context>
<context>
    <name>sgl::interop::hl7v2</name>
    <message>
        <location filename="../../src/interop/hl7v2/Charset.cpp" line="+54" />
        <source>Le message contient des octets qui ne sont pas de l'UTF-8 valide alors que MSH-18 annonce UTF-8.</source>
        <translation>The message contains bytes that are not valid UTF-8 although MSH-18 declares UTF-8.</translation>
    </message>
    <message>
        <location line="+92" />
        <source>Le caractère « %1 » ne peut pas être codé en %2.</source>
        <translation>Character “%1” cannot be encoded in %2.</translation>
    </message>
    <message>
        <location filename="../../src/interop/hl7v2/MllpClient.cpp" line="+70" />
        <source>Aucun accusé de réception MLLP reçu dans le délai (%1 ms).</source>
        <translation>No MLLP acknowledgement received within the time limit (%1 ms).</translation>
    </message>
    <message>
        <location filename="../../src/interop/hl7v2/MllpServer.cpp" line="+28" />
        <source>Impossible d'écouter sur %1:%2 : %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Trame MLLP trop grande, ignorée.</source>
        <translation>MLLP frame too large, ignored.</translation>
    </message>
    <message>
        <location filename="../../src/interop/hl7v2/PamMapper.cpp" line="+56" />
        <source>Type de message « %1 » non pris en charge par le flux PAM (ADT attendu).</source>
        <translation>Message type “%1” not supported by the PAM feed (ADT expected).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>L'événement A08 n'est pas utilisé par IHE PAM France : les mises à jour arrivent en A31 (identité) ou Z99 (venue).</source>
        <translation>Event A08 is not used by IHE PAM France: updates arrive as A31 (identity) or Z99 (encounter).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Événement « %1 » non pris en charge par le flux PAM France.</source>
        <translation>Event “%1” not supported by the PAM France feed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Identifiant du message (MSH-10) absent.</source>
        <translation>Message control ID (MSH-10) missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code de traitement (MSH-11) absent.</source>
        <translation>Processing ID (MSH-11) missing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Code de traitement « %1 » non pris en charge (P, D ou T attendu).</source>
        <translation>Processing ID “%1” not supported (P, D or T expected).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version HL7 (MSH-12) absente.</source>
        <translation>HL7 version (MSH-12) missing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version HL7 « %1 » non prise en charge (PAM France : 2.5).</source>
        <translation>HL7 version “%1” not supported (PAM France: 2.5).</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Segment PID absent.</source>
        <translation>PID segment missing.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Segment MRG absent (obligatoire pour %1).</source>
        <translation>MRG segment missing (required for %1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Segment PV1 absent (obligatoire pour %1).</source>
        <translation>PV1 segment missing (required for %1).</translation>
    </message>
    <message>
        <location filename="../../src/interop/hl7v2/PamSegmentReaders.cpp" line="+43" />
        <source>Date invalide « %1 » pour %2 (format AAAAMMJJ[hhmm[ss]] attendu).</source>
        <translation>Invalid date “%1” for %2 (YYYYMMDD[hhmm[ss]] format expected).</translation>
    </message>
    <message>
        <location line="+28" />
        <source>l'INS doit compter 15 caractères (matricule de 13 + clé de 2), reçu %1</source>
        <translation>the INS must have 15 characters (13-character number + 2-digit key), received %1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Segment EVN absent.</source>
        <translation>EVN segment missing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date d'enregistrement de l'événement (EVN-2) absente.</source>
        <translation>Event recorded date (EVN-2) missing.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Identifiants du patient (PID-3) absents.</source>
        <translation>Patient identifiers (PID-3) missing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Identifiant vide dans PID-3 (répétition %1).</source>
        <translation>Empty identifier in PID-3 (repetition %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type d'identifiant (CX-5) absent dans PID-3 (répétition %1).</source>
        <translation>Identifier type (CX-5) missing in PID-3 (repetition %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>INS-C (ancien INS calculé) ignoré.</source>
        <translation>INS-C (former calculated INS) ignored.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Suppression d'identifiant %1 ignorée (seul l'INS peut être supprimé ainsi).</source>
        <translation>Deletion of identifier %1 ignored (only the INS can be deleted this way).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Autorité d'affectation de l'INS inconnue « %1 » (OID 1.2.250.1.213.1.4.8, .9, .10 ou .11 attendu).</source>
        <translation>Unknown INS assigning authority “%1” (OID 1.2.250.1.213.1.4.8, .9, .10 or .11 expected).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>INS invalide dans PID-3 : %1.</source>
        <translation>Invalid INS in PID-3: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aucun IPP (identifiant de type PI) dans PID-3.</source>
        <translation>No patient ID (PI-type identifier) in PID-3.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Type de nom (XPN-7) absent : nom de naissance (L) supposé.</source>
        <translation>Name type (XPN-7) missing: birth name (L) assumed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type de nom « %1 » inconnu (table 0200).</source>
        <translation>Unknown name type “%1” (table 0200).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nom de naissance vide dans PID-5.</source>
        <translation>Empty birth name in PID-5.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nom du patient (PID-5) absent.</source>
        <translation>Patient name (PID-5) missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nom de naissance (PID-5 de type L) absent.</source>
        <translation>Birth name (PID-5 of type L) missing.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sexe « %1 » non admis (F, M ou U).</source>
        <translation>Sex “%1” not allowed (F, M or U).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Code INSEE du lieu de naissance invalide « %1 » (5 caractères, 2A/2B admis).</source>
        <translation>Invalid INSEE birth place code “%1” (5 characters, 2A/2B allowed).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Statut de l'identité (PID-32) absent.</source>
        <translation>Identity status (PID-32) missing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PID-32 « %1 » hors table 0445 PAM France, toléré.</source>
        <translation>PID-32 “%1” outside PAM France table 0445, tolerated.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Statut de l'identité « %1 » inconnu (table 0445).</source>
        <translation>Unknown identity status “%1” (table 0445).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Attribut d'identité « %1 » inconnu, ignoré.</source>
        <translation>Unknown identity attribute “%1”, ignored.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PID-%1 est interdit par PAM France : ignoré.</source>
        <translation>PID-%1 is forbidden by PAM France: ignored.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ZFD-4 doit valoir Y ou N, reçu « %1 ».</source>
        <translation>ZFD-4 must be Y or N, received “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mode de recueil ZFD-5 « %1 » inconnu.</source>
        <translation>Unknown ZFD-5 collection mode “%1”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type de justificatif ZFD-7 « %1 » inconnu.</source>
        <translation>Unknown ZFD-7 identity document type “%1”.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Identifiant à fusionner ou à remplacer (MRG-1) absent.</source>
        <translation>Identifier to merge or replace (MRG-1) missing.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Identifiant vide dans MRG-1 (répétition %1).</source>
        <translation>Empty identifier in MRG-1 (repetition %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type d'identifiant (CX-5) absent dans MRG-1.</source>
        <translation>Identifier type (CX-5) missing in MRG-1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Classe du patient (PV1-2) absente.</source>
        <translation>Patient class (PV1-2) missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Classe du patient « %1 » inconnue (PV1-2).</source>
        <translation>Unknown patient class “%1” (PV1-2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Numéro de venue (PV1-19) absent.</source>
        <translation>Visit number (PV1-19) missing.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Action du mouvement (ZBE-4) absente.</source>
        <translation>Movement action (ZBE-4) missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action du mouvement « %1 » inconnue (INSERT, UPDATE ou CANCEL).</source>
        <translation>Unknown movement action “%1” (INSERT, UPDATE or CANCEL).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Plusieurs INS reçus : seul le premier NIR est retenu.</source>
        <translation>Several INS received: only the first NIR is kept.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>INS reçu avec un statut d'identité « %1 » (VALI requis) : non retenu.</source>
        <translation>INS received with identity status “%1” (VALI required): not kept.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Date de naissance corrigée (ZFD-4 = Y) : INS non retenu.</source>
        <translation>Corrected birth date (ZFD-4 = Y): INS not kept.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Date de naissance complète (PID-7) obligatoire avec un INS qualifié.</source>
        <translation>A full birth date (PID-7) is required with a qualified INS.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sexe (PID-8) obligatoire avec un INS qualifié.</source>
        <translation>Sex (PID-8) is required with a qualified INS.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Premier prénom de naissance (PID-5.2) obligatoire avec un INS qualifié.</source>
        <translation>First birth given name (PID-5.2) is required with a qualified INS.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lieu de naissance (PID-11 BDL, code INSEE) absent pour un INS qualifié.</source>
        <translation>Birth place (PID-11 BDL, INSEE code) missing for a qualified INS.</translation>
    </message>
    <message>
        <location filename="../../src/interop/hl7v2/Parser.cpp" line="+53" />
        <source>Le message HL7 est vide.</source>
        <translation>The HL7 message is empty.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le message HL7 ne commence pas par le segment MSH.</source>
        <translation>The HL7 message does not start with the MSH segment.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le séparateur de champs (MSH-1) est absent ou invalide.</source>
        <translation>The field separator (MSH-1) is missing or invalid.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>MSH-2 contenait un tilde typographique (U+02DC) au lieu de « ~ » : corrigé.</source>
        <translation>MSH-2 contained a typographic tilde (U+02DC) instead of “~”: corrected.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Les caractères d'encodage (MSH-2) sont invalides : 4 séparateurs distincts attendus, par exemple ^~\&amp;.</source>
        <translation>The encoding characters (MSH-2) are invalid: 4 distinct separators expected, for example ^~\&amp;.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Jeu de caractères MSH-18 non pris en charge : « %1 » (attendu 8859/15, 8859/1, UNICODE UTF-8 ou ASCII).</source>
        <translation>MSH-18 character set not supported: “%1” (expected 8859/15, 8859/1, UNICODE UTF-8 or ASCII).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MSH-18 « %1 » toléré, orthographe HL7 attendue : %2.</source>
        <translation>MSH-18 “%1” tolerated, expected HL7 spelling: %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Caractères non ASCII alors que MSH-18 n'annonce pas de jeu de caractères.</source>
        <translation>Non-ASCII characters although MSH-18 declares no character set.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Identifiant de segment invalide « %1 » (segment n° %2).</source>
        <translation>Invalid segment ID “%1” (segment no. %2).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Un second segment MSH est présent : un seul message par trame.</source>
        <translation>A second MSH segment is present: only one message per frame.</translation>
    </message>
    <message>
        <location filename="../../src/interop/hl7v2/LawQueryReader.cpp" line="+20" />
        <source>Message « %1^%2 » : une requête d'analyseur est un QBP^Q11 (IHE LAW LAB-27).</source>
        <translation>Message “%1^%2”: an analyzer query is a QBP^Q11 (IHE LAW LAB-27).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Segment QPD (paramètres de la requête) absent.</source>
        <translation>QPD segment (query parameters) missing.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Étiquette de requête (QPD-2) absente.</source>
        <translation>Query tag (QPD-2) missing.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Identifiant d'échantillon de la requête (QPD-3) absent.</source>
        <translation>Specimen identifier of the query (QPD-3) missing.</translation>
    </message>
    <message>
        <location filename="../../src/interop/hl7v2/LawResultReader.cpp" line="+52" />
        <source>Message « %1^%2 » : seul OUL^R22 (IHE LAW LAB-29) porte des résultats d'analyseur.</source>
        <translation>Message “%1^%2”: only OUL^R22 (IHE LAW LAB-29) carries analyzer results.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Résultat OBX sans segment SPM (échantillon) avant lui.</source>
        <translation>OBX result without an SPM (specimen) segment before it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Code de l'observation (OBX-3) absent.</source>
        <translation>Observation code (OBX-3) missing.</translation>
    </message>
</context>
<context>
    <name>sgl::interop::insi</name>
    <message>
        <location filename="../../src/interop/insi/InsiClient.cpp" line="+15" />
        <source>Adresse du service INSi invalide « %1 » : une URL https:// est exigée.</source>
        <translation>Invalid INSi service address “%1”: an https:// URL is required.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fichier des autorités de confiance du serveur INSi introuvable.</source>
        <translation>Trusted authorities file for the INSi server not found.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Numéro d'autorisation du logiciel (IDAM) non paramétré.</source>
        <translation>Software authorisation number (IDAM) not configured.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Délai d'attente INSi invalide.</source>
        <translation>Invalid INSi timeout.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Carte CPS inutilisable pour INSi : clé, certificat ou identifiant national du porteur absent.</source>
        <translation>CPS card unusable for INSi: key, certificate or national identifier of the holder missing.</translation>
    </message>
    <message>
        <location filename="../../src/interop/insi/InsiFault.cpp" line="+13" />
        <source>Le numéro d'autorisation du logiciel (IDAM) est inconnu du service INSi : vérifiez le paramétrage INSi.</source>
        <translation>The software authorisation number (IDAM) is unknown to the INSi service: check the INSi settings.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le certificat d'organisation présenté n'est pas autorisé pour INSi (son nom commun doit être INSI-AUTO ou INSI-MANU).</source>
        <translation>The organisation certificate presented is not authorised for INSi (its common name must be INSI-AUTO or INSI-MANU).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Le service INSi a refusé la demande (code %1) : %2</source>
        <translation>The INSi service refused the request (code %1): %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sans détail</source>
        <translation>no detail</translation>
    </message>
    <message>
        <location line="+2" />
        <source> Message du service : « %1 ».</source>
        <translation> Service message: “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/interop/insi/InsiRequestBuilder.cpp" line="-8" />
        <source>%1 manquant ou sans lettre : « %2 »</source>
        <translation>%1 missing or without a letter: “%2”</translation>
    </message>
    <message>
        <location line="+82" />
        <location line="+46" />
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Prénom</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le sexe doit être M ou F pour interroger INSi.</source>
        <translation>The sex must be M or F to query INSi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Code COG du lieu de naissance invalide « %1 » (5 caractères).</source>
        <translation>Invalid COG birth place code “%1” (5 characters).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Matricule de l'ouvrant droit invalide « %1 %2 ».</source>
        <translation>Invalid insured person's number “%1 %2”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Matricule du bénéficiaire invalide « %1 %2 ».</source>
        <translation>Invalid beneficiary number “%1 %2”.</translation>
    </message>
    <message>
        <location filename="../../src/interop/insi/InsiResponseParser.cpp" line="+23" />
        <source>Réponse INSi incorrecte : %1</source>
        <translation>Incorrect INSi response: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+94" />
        <location line="+14" />
        <location line="+10" />
        <location line="+19" />
        <source>réponse INSi</source>
        <translation>INSi response</translation>
    </message>
    <message>
        <location line="-124" />
        <source>matricule INS absent ou mal formé « %1 »</source>
        <translation>INS number missing or malformed “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>clé INS absente ou mal formée « %1 »</source>
        <translation>INS key missing or malformed “%1”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OID d'INS inconnu « %1 »</source>
        <translation>unknown INS OID “%1”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>date de validité d'INS invalide</source>
        <translation>invalid INS validity date</translation>
    </message>
    <message>
        <location line="+18" />
        <source>nom de naissance absent des traits</source>
        <translation>birth name missing from the identity traits</translation>
    </message>
    <message>
        <location line="+2" />
        <source>prénom absent des traits</source>
        <translation>given name missing from the identity traits</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sexe absent ou invalide dans les traits</source>
        <translation>sex missing or invalid in the identity traits</translation>
    </message>
    <message>
        <location line="+4" />
        <source>date de naissance invalide « %1 »</source>
        <translation>invalid birth date “%1”</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Réponse INSi vide (statut HTTP %1).</source>
        <translation>Empty INSi response (HTTP status %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le service INSi a répondu avec le statut HTTP %1 sans message exploitable.</source>
        <translation>The INSi service answered with HTTP status %1 and no usable message.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Réponse INSi illisible (XML mal formé) : %1</source>
        <translation>Unreadable INSi response (malformed XML): %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le service INSi a répondu avec le statut HTTP %1 sans message SOAP.</source>
        <translation>The INSi service answered with HTTP status %1 and no SOAP message.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ce n'est pas une enveloppe SOAP 1.2 (élément racine « %1 »)</source>
        <translation>not a SOAP 1.2 envelope (root element “%1”)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>corps SOAP absent</source>
        <translation>SOAP body missing</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le service INSi a répondu avec le statut HTTP %1.</source>
        <translation>The INSi service answered with HTTP status %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>élément RESULTAT absent</source>
        <translation>RESULTAT element missing</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Code compte rendu INSi inattendu « %1 » (%2).</source>
        <translation>Unexpected INSi result code “%1” (%2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>code 00 sans INDIVIDU</source>
        <translation>code 00 without INDIVIDU</translation>
    </message>
    <message>
        <location line="+3" />
        <source>INS actif absent</source>
        <translation>no active INS</translation>
    </message>
    <message>
        <location line="+14" />
        <source>traits d'identité (TIQ) absents</source>
        <translation>identity traits (TIQ) missing</translation>
    </message>
    <message>
        <location filename="../../src/interop/insi/OrganisationCertificate.cpp" line="+75" />
        <source>Certificat d'organisation INSi introuvable ou illisible.</source>
        <translation>INSi organisation certificate not found or unreadable.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le fichier n'est pas un certificat PEM.</source>
        <translation>The file is not a PEM certificate.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Le certificat d'organisation a pour nom commun « %1 » : INSi n'accepte que INSI-AUTO (appels automatiques) ou INSI-MANU (appels à l'initiative d'un utilisateur).</source>
        <translation>The organisation certificate's common name is “%1”: INSi only accepts INSI-AUTO (automatic calls) or INSI-MANU (calls initiated by a user).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Le certificat d'organisation INSi n'est pas en cours de validité (valide du %1 au %2).</source>
        <translation>The INSi organisation certificate is not currently valid (valid from %1 to %2).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>La clé privée est illisible ou ne correspond pas au certificat d'organisation INSi.</source>
        <translation>The private key is unreadable or does not match the INSi organisation certificate.</translation>
    </message>
</context>
<context>
    <name>sgl::interop::labels</name>
    <message>
        <location filename="../../src/interop/labels/BarcodeSymbol.cpp" line="+27" />
        <source>libzint n'a pas pu créer de symbole (mémoire insuffisante).</source>
        <translation>libzint could not create a symbol (out of memory).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Code-barres « %1 » : libzint refuse de le coder en %2 (%3).</source>
        <translation>Barcode “%1”: libzint refuses to encode it in %2 (%3).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Code-barres « %1 » : image libzint inattendue (%2 × %3 pixels pour %4 × %5 modules).</source>
        <translation>Barcode “%1”: unexpected libzint image (%2 × %3 pixels for %4 × %5 modules).</translation>
    </message>
    <message>
        <location filename="../../src/interop/labels/LabelEncoder.cpp" line="+26" />
        <source>Aucune étiquette à produire.</source>
        <translation>No label to produce.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Étiquette %1 (tube %2) : %3</source>
        <translation>Label %1 (tube %2): %3</translation>
    </message>
    <message>
        <location filename="../../src/interop/labels/LabelPdfWriter.cpp" line="+47" />
        <source>Étiquettes de tubes</source>
        <translation>Tube labels</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Format de page %1 × %2 mm refusé par QPdfWriter.</source>
        <translation>Page size %1 × %2 mm refused by QPdfWriter.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Impossible de commencer le PDF des étiquettes.</source>
        <translation>Cannot start the labels PDF.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Impossible de terminer le PDF des étiquettes.</source>
        <translation>Cannot finish the labels PDF.</translation>
    </message>
    <message>
        <location filename="../../src/interop/labels/LabelPrintJob.cpp" line="+38" />
        <source>L'imprimante « %1 » refuse le format d'étiquette %2 × %3 mm.</source>
        <translation>Printer “%1” refuses the %2 × %3 mm label size.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Impossible de démarrer l'impression des étiquettes sur « %1 ».</source>
        <translation>Cannot start printing the labels on “%1”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>L'imprimante a refusé la page de l'étiquette %1.</source>
        <translation>The printer refused the page of label %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>L'impression des étiquettes n'a pas pu être terminée.</source>
        <translation>Printing the labels could not be finished.</translation>
    </message>
    <message>
        <location filename="../../src/interop/labels/LabelPrinter.cpp" line="+31" />
        <source>Rien à envoyer à l'imprimante %1.</source>
        <translation>Nothing to send to printer %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Imprimante %1 : %2 (%3).</source>
        <translation>Printer %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>connexion impossible</source>
        <translation>cannot connect</translation>
    </message>
    <message>
        <location line="+2" />
        <source>envoi refusé</source>
        <translation>sending refused</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+58" />
        <source>envoi interrompu</source>
        <translation>sending interrupted</translation>
    </message>
    <message>
        <location line="-55" />
        <source>fermeture de la connexion impossible</source>
        <translation>cannot close the connection</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Serveur d'impression CUPS « %1 » injoignable pour la file « %2 ».</source>
        <translation>CUPS print server “%1” unreachable for queue “%2”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>File CUPS « %1 » : %2 (%3).</source>
        <translation>CUPS queue “%1”: %2 (%3).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>File CUPS « %1 » inconnue du serveur « %2 ».</source>
        <translation>CUPS queue “%1” unknown to server “%2”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>travail refusé</source>
        <translation>job refused</translation>
    </message>
    <message>
        <location line="+2" />
        <source>document refusé</source>
        <translation>document refused</translation>
    </message>
    <message>
        <location line="+11" />
        <source>travail non terminé</source>
        <translation>job not completed</translation>
    </message>
    <message>
        <location filename="../../src/interop/labels/LabelSheet.cpp" line="+30" />
        <source>Planche de %1 ligne(s) × %2 colonne(s) : il faut au moins une ligne et une colonne.</source>
        <translation>Sheet of %1 row(s) × %2 column(s): at least one row and one column are needed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pas de la planche %1 × %2 mm plus petit que l'étiquette (%3 × %4 mm) : les étiquettes se chevaucheraient.</source>
        <translation>Sheet pitch %1 × %2 mm smaller than the label (%3 × %4 mm): labels would overlap.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Planche de %1 ligne(s) × %2 colonne(s) trop grande pour la page de %3 × %4 mm : la dernière étiquette finirait à %5 mm en largeur et %6 mm en hauteur.</source>
        <translation>Sheet of %1 row(s) × %2 column(s) too large for the %3 × %4 mm page: the last label would end at %5 mm across and %6 mm down.</translation>
    </message>
    <message>
        <location filename="../../src/interop/labels/PrinterDestination.cpp" line="+15" />
        <source>Adresse d'imprimante « %1 » invalide : attendu cups:FILE[@SERVEUR] ou tcp://HÔTE[:PORT].</source>
        <translation>Invalid printer address “%1”: expected cups:QUEUE[@SERVER] or tcp://HOST[:PORT].</translation>
    </message>
</context>
<context>
    <name>sgl::interop::mss</name>
    <message>
        <location filename="../../src/interop/mss/CdaSummary.cpp" line="+57" />
        <source>Compte rendu illisible pour l'envoi MSSanté : %1</source>
        <translation>Report unreadable for MSSanté sending: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le document à envoyer n'est pas un document CDA (ClinicalDocument).</source>
        <translation>The document to send is not a CDA document (ClinicalDocument).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Compte rendu sans identifiant (ClinicalDocument/id) : envoi MSSanté impossible.</source>
        <translation>Report without an identifier (ClinicalDocument/id): cannot send via MSSanté.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compte rendu sans type de document (ClinicalDocument/code).</source>
        <translation>Report without a document type (ClinicalDocument/code).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Compte rendu sans nom de patient : envoi MSSanté impossible.</source>
        <translation>Report without a patient name: cannot send via MSSanté.</translation>
    </message>
    <message>
        <location filename="../../src/interop/mss/CurlMail.cpp" line="+98" />
        <source>Adresse de serveur MSSanté invalide « %1 » (smtp://, smtps://, imap:// ou imaps:// attendu).</source>
        <translation>Invalid MSSanté server address “%1” (smtp://, smtps://, imap:// or imaps:// expected).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Initialisation de libcurl impossible.</source>
        <translation>Cannot initialise libcurl.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Réponse du serveur MSSanté anormalement volumineuse : ignorée.</source>
        <translation>Abnormally large MSSanté server response: ignored.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le serveur MSSanté %1 n'a pas répondu dans le délai de %2 s.</source>
        <translation>MSSanté server %1 did not respond within %2 s.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le serveur MSSanté %1 est injoignable (%2).</source>
        <translation>MSSanté server %1 is unreachable (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Le serveur MSSanté %1 ne propose pas STARTTLS : envoi refusé (une connexion chiffrée est obligatoire).</source>
        <translation>MSSanté server %1 does not offer STARTTLS: sending refused (an encrypted connection is mandatory).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le certificat du serveur MSSanté %1 n'est pas reconnu (autorité non approuvée, nom incorrect ou certificat expiré) : %2</source>
        <translation>The certificate of MSSanté server %1 is not recognised (untrusted authority, wrong name or expired certificate): %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Certificat de la boîte MSSanté ou autorité de confiance illisible : %1</source>
        <translation>MSSanté mailbox certificate or trusted authority unreadable: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Échec de la connexion sécurisée (TLS) avec le serveur MSSanté %1 : %2</source>
        <translation>Secure connection (TLS) with MSSanté server %1 failed: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le serveur MSSanté %1 a refusé l'authentification de la boîte %2 : %3</source>
        <translation>MSSanté server %1 rejected the authentication of mailbox %2: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Le serveur MSSanté %1 refuse le certificat de la boîte (absent, expiré ou non reconnu) : %2</source>
        <translation>MSSanté server %1 refuses the mailbox certificate (missing, expired or not recognised): %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le serveur MSSanté a temporairement refusé le message : %1</source>
        <translation>The MSSanté server temporarily rejected the message: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le serveur MSSanté a refusé le message : %1</source>
        <translation>The MSSanté server rejected the message: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le serveur IMAP MSSanté a refusé la commande : %1</source>
        <translation>The MSSanté IMAP server rejected the command: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le serveur MSSanté %1 a fermé la connexion sécurisée : certificat de la boîte absent, expiré ou non reconnu (détail : %2).</source>
        <translation>MSSanté server %1 closed the secure connection: mailbox certificate missing, expired or not recognised (details: %2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Erreur réseau avec le serveur MSSanté %1 : %2</source>
        <translation>Network error with MSSanté server %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/interop/mss/DeliveryReport.cpp" line="+98" />
        <source>Accusé de réception MSSanté illisible : champ Disposition absent (message « %1 »).</source>
        <translation>Unreadable MSSanté return receipt: Disposition field missing (message “%1”).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Accusé de réception MSSanté sans référence au message d'origine (Original-Message-ID absent) : « %1 ».</source>
        <translation>MSSanté return receipt without a reference to the original message (Original-Message-ID missing): “%1”.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Le destinataire n'a pas pu intégrer le document : erreur %1 « %2 » (accusé de réception).</source>
        <translation>The recipient could not integrate the document: error %1 “%2” (return receipt).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le destinataire a renvoyé un accusé de réception « %1 » : document non traité.</source>
        <translation>The recipient sent back a “%1” return receipt: document not processed.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Avis de non-remise sans le message d'origine (identifiant introuvable) : « %1 ».</source>
        <translation>Non-delivery notice without the original message (identifier not found): “%1”.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Avis de non-remise illisible : aucun destinataire (champ Action absent) dans « %1 ».</source>
        <translation>Unreadable non-delivery notice: no recipient (Action field missing) in “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Message non remis à %1 (statut %2) : %3</source>
        <translation>Message not delivered to %1 (status %2): %3</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Rapport de messagerie illisible : partie message/delivery-status absente (« %1 »).</source>
        <translation>Unreadable mail report: message/delivery-status part missing (“%1”).</translation>
    </message>
    <message>
        <location filename="../../src/interop/mss/ImapClient.cpp" line="+32" />
        <source>Adresse du serveur de lecture MSSanté invalide « %1 » : imap:// ou imaps:// attendu.</source>
        <translation>Invalid MSSanté incoming server address “%1”: imap:// or imaps:// expected.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../src/interop/mss/SmtpClient.cpp" line="+24" />
        <source>Adresse de la boîte MSSanté du laboratoire invalide « %1 ».</source>
        <translation>Invalid laboratory MSSanté mailbox address “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../src/interop/mss/SmtpClient.cpp" line="+3" />
        <source>Fichier des autorités de confiance MSSanté introuvable.</source>
        <translation>MSSanté trusted authorities file not found.</translation>
    </message>
    <message>
        <location filename="../../src/interop/mss/MimeMessage.cpp" line="+43" />
        <source>Adresse d'expéditeur MSSanté invalide « %1 ».</source>
        <translation>Invalid MSSanté sender address “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Message MSSanté sans destinataire.</source>
        <translation>MSSanté message without a recipient.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Adresse de destinataire MSSanté invalide « %1 ».</source>
        <translation>Invalid MSSanté recipient address “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Identifiant de message invalide « %1 ».</source>
        <translation>Invalid message identifier “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identifiant du message précédent invalide « %1 ».</source>
        <translation>Invalid previous message identifier “%1”.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Référence de message invalide « %1 ».</source>
        <translation>Invalid message reference “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Adresse d'accusé de réception invalide « %1 ».</source>
        <translation>Invalid return receipt address “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>En-tête de message invalide « %1 ».</source>
        <translation>Invalid message header “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/interop/mss/MssReportMessage.cpp" line="+53" />
        <source>Adresse MSSanté du destinataire invalide « %1 ».</source>
        <translation>Invalid recipient MSSanté address “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/interop/mss/SmtpClient.cpp" line="-7" />
        <source>Adresse du serveur d'envoi MSSanté invalide « %1 » : smtp:// ou smtps:// attendu.</source>
        <translation>Invalid MSSanté outgoing server address “%1”: smtp:// or smtps:// expected.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Certificat ou clé privée de la boîte MSSanté introuvable.</source>
        <translation>MSSanté mailbox certificate or private key not found.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Délai d'attente MSSanté invalide.</source>
        <translation>Invalid MSSanté timeout.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Message MSSanté trop volumineux (%1 Mo, %2 Mo au plus).</source>
        <translation>MSSanté message too large (%1 MB, %2 MB at most).</translation>
    </message>
    <message>
        <location filename="../../src/interop/mss/XdmArchive.cpp" line="+79" />
        <location line="+13" />
        <location line="+5" />
        <location line="+6" />
        <location line="+5" />
        <location line="+8" />
        <source>Archive IHE_XDM.ZIP impossible à écrire : %1</source>
        <translation>Cannot write IHE_XDM.ZIP archive: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Archive IHE_XDM.ZIP impossible à relire après écriture.</source>
        <translation>Cannot read back IHE_XDM.ZIP archive after writing.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Archive IHE_XDM.ZIP illisible : %1</source>
        <translation>Unreadable IHE_XDM.ZIP archive: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>fichier vide</source>
        <translation>empty file</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 fichiers (200 au plus)</source>
        <translation>%1 files (200 at most)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>chemin interdit « %1 »</source>
        <translation>forbidden path “%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>contenu trop volumineux (« %1 »)</source>
        <translation>content too large (“%1”)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>fichier « %1 » corrompu</source>
        <translation>file “%1” corrupted</translation>
    </message>
</context>
<context>
    <name>sgl::interop::pdf</name>
    <message>
        <location filename="../../src/interop/pdf/FontSubsetter.cpp" line="+32" />
        <source>Sous-ensemble de police impossible : %1.</source>
        <translation>Cannot subset the font: %1.</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/InsDataMatrix.cpp" line="+52" />
        <source>INS à scanner</source>
        <translation>INS to scan</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Le trait « %1 » contient un caractère non imprimable dans le DataMatrix INS : « %2 ».</source>
        <translation>Trait “%1” contains a character that cannot be printed in the INS DataMatrix: “%2”.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>L'INS ne peut être imprimé que pour une identité qualifiée.</source>
        <translation>The INS can only be printed for a qualified identity.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>INS non imprimable dans le DataMatrix : %1</source>
        <translation>INS cannot be printed in the DataMatrix: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nom et prénoms de naissance obligatoires pour le DataMatrix INS.</source>
        <translation>Birth name and given names are required for the INS DataMatrix.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sexe inconnu : le DataMatrix INS exige M ou F.</source>
        <translation>Unknown sex: the INS DataMatrix requires M or F.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Date de naissance inconnue : impossible de construire le DataMatrix INS.</source>
        <translation>Unknown birth date: the INS DataMatrix cannot be built.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code officiel géographique du lieu de naissance invalide : « %1 ».</source>
        <translation>Invalid official geographic code (COG) of the birth place: “%1”.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Contenu du DataMatrix vide.</source>
        <translation>Empty DataMatrix content.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+53" />
        <source>libdmtx : mémoire insuffisante.</source>
        <translation>libdmtx: out of memory.</translation>
    </message>
    <message>
        <location line="-43" />
        <source>libdmtx n'a pas pu encoder le DataMatrix INS en C40 (%1 caractères).</source>
        <translation>libdmtx could not encode the INS DataMatrix in C40 (%1 characters).</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Image vide : aucun DataMatrix à lire.</source>
        <translation>Empty image: no DataMatrix to read.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>libdmtx : image non prise en charge.</source>
        <translation>libdmtx: image not supported.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Aucun DataMatrix lisible dans l'image.</source>
        <translation>No readable DataMatrix in the image.</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/PdfAChecker.cpp" line="+183" />
        <source>mot-clé « obj » non suivi d'une fin de ligne (§6.1.8)</source>
        <translation>“obj” keyword not followed by an end of line (§6.1.8)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>PDF illisible : trailer absent.</source>
        <translation>Unreadable PDF: trailer missing.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>PDF illisible : catalogue absent.</source>
        <translation>Unreadable PDF: catalog missing.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>masque de transparence (SMask), objet %1</source>
        <translation>soft mask (SMask), object %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>opacité %1 &lt; 1, objet %2</source>
        <translation>opacity %1 &lt; 1, object %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>groupe de transparence, objet %1</source>
        <translation>transparency group, object %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>JavaScript, objet %1</source>
        <translation>JavaScript, object %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>image interpolée (/Interpolate true), objet %1</source>
        <translation>interpolated image (/Interpolate true), object %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>image alternative ou OPI, objet %1</source>
        <translation>alternate image or OPI, object %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>fichiers incorporés, objet %1</source>
        <translation>embedded files, object %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>compression LZW, objet %1</source>
        <translation>LZW compression, object %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>PDF illisible : %1.</source>
        <translation>Unreadable PDF: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>version PDF %1 au lieu de 1.4</source>
        <translation>PDF version %1 instead of 1.4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ligne de commentaire binaire absente après l'en-tête (§6.1.2)</source>
        <translation>binary comment line missing after the header (§6.1.2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>document chiffré</source>
        <translation>encrypted document</translation>
    </message>
    <message>
        <location line="+2" />
        <source>identifiant /ID absent du trailer</source>
        <translation>/ID identifier missing from the trailer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>métadonnées XMP absentes</source>
        <translation>XMP metadata missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>flux XMP compressé (§6.7.2)</source>
        <translation>compressed XMP stream (§6.7.2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>pdfaid:part différent de 1</source>
        <translation>pdfaid:part other than 1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pdfaid:conformance différent de B</source>
        <translation>pdfaid:conformance other than B</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+13" />
        <source>Info /%1 « %2 » différent de XMP %3 « %4 »</source>
        <translation>Info /%1 “%2” differs from XMP %3 “%4”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>OutputIntent /GTS_PDFA1 absent</source>
        <translation>OutputIntent /GTS_PDFA1 missing</translation>
    </message>
    <message>
        <location line="+3" />
        <source>profil ICC de l'OutputIntent avec /N %1 au lieu de 3</source>
        <translation>OutputIntent ICC profile with /N %1 instead of 3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>profil ICC version %1 (PDF/A-1 exige la version 2)</source>
        <translation>ICC profile version %1 (PDF/A-1 requires version 2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>police non incorporée : %1</source>
        <translation>font not embedded: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>police sans largeurs : %1</source>
        <translation>font without widths: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 glyphes sans largeur dans /W : %2</source>
        <translation>%1 glyphs without a width in /W: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sous-ensemble CID sans CIDSet (§6.3.5) : %1</source>
        <translation>CID subset without CIDSet (§6.3.5): %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>transparence interdite : %1</source>
        <translation>forbidden transparency: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>élément interdit : %1</source>
        <translation>forbidden element: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/PdfFontProvider.cpp" line="+80" />
        <location filename="../../src/interop/pdf/PdfReportWriter.cpp" line="+227" />
        <source>Initialisation de FreeType impossible.</source>
        <translation>Cannot initialise FreeType.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Police introuvable ou illisible : « %1 » (paquet fonts-dejavu-core installé ?).</source>
        <translation>Font not found or unreadable: “%1” (is the fonts-dejavu-core package installed?).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>« %1 » n'est pas une police TrueType utilisable.</source>
        <translation>“%1” is not a usable TrueType font.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>La licence de la police « %1 » interdit son incorporation dans un PDF.</source>
        <translation>The licence of font “%1” forbids embedding it in a PDF.</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/PdfLayoutOptions.cpp" line="+17" />
        <source>nom du laboratoire</source>
        <translation>laboratory name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>code postal</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ville</source>
        <translation>city</translation>
    </message>
    <message>
        <location line="+1" />
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+12" />
        <source>En-tête du laboratoire incomplet dans les paramètres : %1.</source>
        <translation>Incomplete laboratory letterhead in the settings: %1.</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/PdfReportWriter.cpp" line="-132" />
        <source>Compte rendu d'examens biologiques</source>
        <translation>Medical laboratory report</translation>
    </message>
    <message>
        <location line="+2" />
        <source> – dossier %1</source>
        <translation> – request %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source> – rectificatif (version %1)</source>
        <translation> – corrected report (version %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Biologie médicale – exemplaire patient</source>
        <translation>Medical biology – patient copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Biologie médicale – exemplaire professionnel</source>
        <translation>Medical biology – professional copy</translation>
    </message>
    <message>
        <location line="+4" />
        <source>compte rendu de biologie médicale</source>
        <translation>medical biology report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>compte rendu de biologie médicale, %1</source>
        <translation>medical biology report, %1</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Le caractère « %1 » (U+%2) n'existe pas dans la police « %3 » : texte concerné « %4 ».</source>
        <translation>Character “%1” (U+%2) does not exist in font “%3”: text concerned “%4”.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Erreur PoDoFo pendant la création du PDF : %1.</source>
        <translation>PoDoFo error while creating the PDF: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Erreur pendant la création du PDF : %1.</source>
        <translation>Error while creating the PDF: %1.</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/ReportPageHeader.cpp" line="+38" />
        <location line="+147" />
        <source>Tél. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location line="-138" />
        <source>FINESS %1</source>
        <translation>FINESS %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Biologistes : %1</source>
        <translation>Biologists: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Accréditation COFRAC n° %1</source>
        <translation>COFRAC accreditation no. %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Portée disponible sur www.cofrac.fr</source>
        <translation>Scope available at www.cofrac.fr</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Compte rendu d'examens de biologie médicale</source>
        <translation>Medical laboratory test report</translation>
    </message>
    <message>
        <location line="+4" />
        <source>RECTIFICATIF – version %1, annule et remplace la version précédente</source>
        <translation>CORRECTED REPORT – version %1, cancels and replaces the previous version</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Motif : %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>COMPTE RENDU PARTIEL – des résultats sont en attente</source>
        <translation>PARTIAL REPORT – some results are pending</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Exemplaire patient</source>
        <translation>Patient copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exemplaire destiné au professionnel de santé</source>
        <translation>Copy for the healthcare professional</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nom utilisé</source>
        <translation>Used name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prénom(s)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Né(e) le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 – sexe : %2</source>
        <translation>%1 – sex: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1" />
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INS (%1)</source>
        <translation>INS (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IPP</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier n°</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prélevé le</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Prescription du %1</source>
        <translation>Prescription of %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Prescripteur</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location line="+10" />
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+22" />
        <source>nom de naissance %1</source>
        <translation>birth name %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>né(e) le %1</source>
        <translation>born on %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dossier n° %1</source>
        <translation>request no. %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>INS (%1) : %2</source>
        <translation>INS (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/ReportLayout.cpp" line="+107" />
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valeurs de référence</source>
        <translation>Reference ranges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Antériorité</source>
        <translation>Previous result</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (suite)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+13" />
        <source>prélevé le %1</source>
        <translation>collected on %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Soit %1 %2</source>
        <translation>That is %1 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Méthode : %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>* Résultat modifié par rapport à la version précédente</source>
        <translation>* Result changed from the previous version</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Validé par %1 le %2</source>
        <translation>Validated by %1 on %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validé par %1</source>
        <translation>Validated by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validé selon les règles du laboratoire</source>
        <translation>Validated according to the laboratory rules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyse transmise pour réalisation à : %1%2</source>
        <translation>Analysis referred for testing to: %1%2</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+101" />
        <source> (FINESS %1)</source>
        <translation> (FINESS %1)</translation>
    </message>
    <message>
        <location line="-92" />
        <source>Note pour le prescripteur : %1</source>
        <translation>Note for the prescriber: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+21" />
        <source>le %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Commentaire du biologiste</source>
        <translation>Biologist's comment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note pour le prescripteur</source>
        <translation>Note for the prescriber</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analyses sous-traitées</source>
        <translation>Referred analyses</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comptes rendus joints à la version électronique</source>
        <translation>Reports attached to the electronic version</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copie adressée à</source>
        <translation>Copy sent to</translation>
    </message>
    <message>
        <location line="+6" />
        <source>H : supérieur aux valeurs de référence · B : inférieur · HH / BB : valeur critique · A : anormal · * : résultat modifié</source>
        <translation>H: above the reference range · B: below · HH / BB: critical value · A: abnormal · *: changed result</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Résultats validés biologiquement (compte rendu partiel)</source>
        <translation>Biologically validated results (partial report)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compte rendu validé biologiquement</source>
        <translation>Biologically validated report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>par %1, le %2</source>
        <translation>by %1, on %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Dossier n° %1</source>
        <translation>Request no. %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>édité le %1</source>
        <translation>issued on %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1 – rectificatif</source>
        <translation>version %1 – corrected report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>partiel</source>
        <translation>partial</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location filename="../../src/interop/pdf/ReportText.cpp" line="+22" />
        <source>%1 à %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+126" />
        <source>NIR de test</source>
        <translation>Test NIR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NIR de démonstration</source>
        <translation>Demonstration NIR</translation>
    </message>
</context>
<context>
    <name>sgl::interop::psc</name>
    <message>
        <location filename="../../src/interop/psc/IdTokenValidator.cpp" line="+30" />
        <source>Algorithme de signature du jeton refusé : « %1 » (RS256 seul accepté).</source>
        <translation>Token signature algorithm refused: “%1” (only RS256 is accepted).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Jeton sans identifiant de clé (kid) : clé introuvable.</source>
        <translation>Token without a key identifier (kid): key not found.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Le jeton d'accès ne correspond pas au jeton d'identité (at_hash) : réponse refusée.</source>
        <translation>The access token does not match the ID token (at_hash): response refused.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Jeton d'identité incomplet : sub, exp et iat (dates numériques) sont exigés.</source>
        <translation>Incomplete ID token: sub, exp and iat (numeric dates) are required.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Émetteur du jeton d'identité inattendu : « %1 » (attendu « %2 »).</source>
        <translation>Unexpected ID token issuer: “%1” (expected “%2”).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Jeton d'identité destiné à un autre client (aud « %1 », attendu « %2 »).</source>
        <translation>ID token intended for another client (aud “%1”, expected “%2”).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Jeton d'identité obtenu par un autre client (azp « %1 », attendu « %2 »).</source>
        <translation>ID token obtained by another client (azp “%1”, expected “%2”).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>jeton d'identité expiré (exp %1)</source>
        <translation>ID token expired (exp %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Jeton d'identité émis dans le futur (iat %1) : vérifiez l'horloge du poste.</source>
        <translation>ID token issued in the future (iat %1): check the workstation clock.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nonce du jeton d'identité différent de celui de la demande de connexion (réponse rejouée ou destinée à une autre demande).</source>
        <translation>ID token nonce differs from the one of the login request (replayed response or response to another request).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>acr inattendu : %1 (%2 exigé)</source>
        <translation>unexpected acr: %1 (%2 required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>absent</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/Jwks.cpp" line="+62" />
        <source>Jeu de clés (JWKS) Pro Santé Connect illisible : objet JSON avec un tableau « keys » attendu.</source>
        <translation>Unreadable Pro Santé Connect key set (JWKS): JSON object with a “keys” array expected.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Jeu de clés (JWKS) Pro Santé Connect illisible : module ou exposant de la clé kid=%1 mal encodé.</source>
        <translation>Unreadable Pro Santé Connect key set (JWKS): modulus or exponent of key kid=%1 badly encoded.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Jeu de clés (JWKS) Pro Santé Connect illisible : clé RSA kid=%1 refusée par OpenSSL.</source>
        <translation>Unreadable Pro Santé Connect key set (JWKS): RSA key kid=%1 refused by OpenSSL.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Jeu de clés (JWKS) Pro Santé Connect sans clé RSA de signature.</source>
        <translation>Pro Santé Connect key set (JWKS) without an RSA signing key.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>clé kid=%1 absente du JWKS de Pro Santé Connect (clés connues : %2)</source>
        <translation>key kid=%1 missing from the Pro Santé Connect JWKS (known keys: %2)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Signature du jeton invalide (jeton altéré ou signé par une autre clé que kid=%1).</source>
        <translation>Invalid token signature (token altered or signed by a key other than kid=%1).</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/Jwt.cpp" line="+18" />
        <source>Jeton mal formé : encodage base64url invalide (%1).</source>
        <translation>Malformed token: invalid base64url encoding (%1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Jeton mal formé : %1 n'est pas un objet JSON.</source>
        <translation>Malformed token: %1 is not a JSON object.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Jeton mal formé : trois parties séparées par des points attendues, %1 reçue(s).</source>
        <translation>Malformed token: three dot-separated parts expected, %1 received.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>en-tête</source>
        <translation>header</translation>
    </message>
    <message>
        <location line="+3" />
        <source>contenu</source>
        <translation>payload</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jeton mal formé : signature mal encodée.</source>
        <translation>Malformed token: badly encoded signature.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscAuthorizationRequest.cpp" line="+43" />
        <source>Générateur aléatoire du système indisponible : connexion Pro Santé Connect impossible.</source>
        <translation>System random generator unavailable: Pro Santé Connect login impossible.</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscBackChannel.cpp" line="+10" />
        <source>Réponse Pro Santé Connect illisible (%1 : objet JSON attendu).</source>
        <translation>Unreadable Pro Santé Connect response (%1: JSON object expected).</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../src/interop/psc/PscHttp.cpp" line="+21" />
        <source>Adresse Pro Santé Connect invalide « %1 » : une URL https:// est exigée.</source>
        <translation>Invalid Pro Santé Connect address “%1”: an https:// URL is required.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identifiant du client Pro Santé Connect non paramétré.</source>
        <translation>Pro Santé Connect client identifier not set.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Secret du client Pro Santé Connect non paramétré (ou passerelle du laboratoire absente).</source>
        <translation>Pro Santé Connect client secret not set (or laboratory gateway missing).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le secret du client Pro Santé Connect ne doit pas être paramétré sur un poste : seule la passerelle du laboratoire le détient.</source>
        <translation>The Pro Santé Connect client secret must not be set on a workstation: only the laboratory gateway holds it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Adresse de la passerelle Pro Santé Connect invalide « %1 » : une URL https:// est exigée.</source>
        <translation>Invalid Pro Santé Connect gateway address “%1”: an https:// URL is required.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location line="+16" />
        <source>jeu de clés</source>
        <translation>key set</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Jeton d'accès Pro Santé Connect refusé (expiré ou révoqué) : reconnectez-vous.</source>
        <translation>Pro Santé Connect access token refused (expired or revoked): sign in again.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+7" />
        <source>informations du professionnel</source>
        <translation>practitioner information</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pro Santé Connect ne publie pas de point d'introspection.</source>
        <translation>Pro Santé Connect does not publish an introspection endpoint.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+4" />
        <source>introspection</source>
        <translation>introspection</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Pro Santé Connect ne publie pas de point de déconnexion.</source>
        <translation>Pro Santé Connect does not publish a logout endpoint.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>déconnexion</source>
        <translation>logout</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscDiscovery.cpp" line="+25" />
        <source>Configuration Pro Santé Connect illisible (objet JSON attendu).</source>
        <translation>Unreadable Pro Santé Connect configuration (JSON object expected).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Configuration Pro Santé Connect incomplète : « %1 » absent.</source>
        <translation>Incomplete Pro Santé Connect configuration: “%1” missing.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Configuration Pro Santé Connect refusée : « %1 » n'est pas une adresse https (%2).</source>
        <translation>Pro Santé Connect configuration refused: “%1” is not an https address (%2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Configuration Pro Santé Connect d'un autre émetteur : « %1 » (attendu « %2 »).</source>
        <translation>Pro Santé Connect configuration from another issuer: “%1” (expected “%2”).</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscGatewayServer.cpp" line="+59" />
        <source>La passerelle Pro Santé Connect parle directement à PSC : « gatewayUrl » doit rester vide dans sa configuration.</source>
        <translation>The Pro Santé Connect gateway talks to PSC directly: “gatewayUrl” must stay empty in its configuration.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Certificat ou clé TLS de la passerelle Pro Santé Connect illisible.</source>
        <translation>Unreadable TLS certificate or key of the Pro Santé Connect gateway.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>La passerelle Pro Santé Connect ne peut pas écouter sur le port %1.</source>
        <translation>The Pro Santé Connect gateway cannot listen on port %1.</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscSignIn.cpp" line="+28" />
        <source>Retour de connexion Pro Santé Connect inattendu : le paramètre state ne correspond pas à la demande en cours (page rechargée ou réponse d'une autre demande).</source>
        <translation>Unexpected Pro Santé Connect login return: the state parameter does not match the current request (page reloaded or response to another request).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connexion Pro Santé Connect refusée : %1 %2</source>
        <translation>Pro Santé Connect login refused: %1 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Retour de connexion Pro Santé Connect sans code d'autorisation.</source>
        <translation>Pro Santé Connect login return without an authorisation code.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Réponse de jeton Pro Santé Connect sans jeton d'identité (scope openid ?).</source>
        <translation>Pro Santé Connect token response without an ID token (openid scope?).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Informations du professionnel d'un autre compte que le jeton d'identité : connexion refusée.</source>
        <translation>Practitioner information for an account other than the ID token's: login refused.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Le jeton renouvelé désigne un autre professionnel : session fermée.</source>
        <translation>The renewed token designates another practitioner: session closed.</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscTokenSet.cpp" line="+20" />
        <source>Pro Santé Connect refuse la demande de jeton : %1%2</source>
        <translation>Pro Santé Connect refuses the token request: %1%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pro Santé Connect a répondu avec le statut HTTP %1 à la demande de jeton.</source>
        <translation>Pro Santé Connect answered the token request with HTTP status %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Réponse de jeton Pro Santé Connect illisible (JSON attendu).</source>
        <translation>Unreadable Pro Santé Connect token response (JSON expected).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Réponse de jeton Pro Santé Connect incomplète : jeton d'accès « Bearer » attendu.</source>
        <translation>Incomplete Pro Santé Connect token response: “Bearer” access token expected.</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscLoopbackListener.cpp" line="+25" />
        <source>Aucune réponse de Pro Santé Connect dans le navigateur après %1 : connexion abandonnée. Recommencez.</source>
        <translation>No answer from Pro Santé Connect in the browser after %1: sign-in abandoned. Start again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Impossible d'attendre le retour de Pro Santé Connect sur le port %1 du poste (%2) : une autre application l'utilise-t-elle ?</source>
        <translation>Cannot wait for the Pro Santé Connect return on port %1 of the workstation (%2): is another application using it?</translation>
    </message>
    <message>
        <location line="+49" />
        <location line="+7" />
        <source>Requête refusée</source>
        <translation>Request refused</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Requête trop longue.</source>
        <translation>Request too long.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Seul le retour de connexion est attendu ici.</source>
        <translation>Only the sign-in return is expected here.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Page introuvable</source>
        <translation>Page not found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cette adresse du poste n'attend que le retour de Pro Santé Connect.</source>
        <translation>This workstation address only expects the Pro Santé Connect return.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Réponse inattendue</source>
        <translation>Unexpected response</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ce retour de connexion ne correspond pas à la demande en cours du SGL (page rechargée ou ancienne demande). Revenez au SGL et recommencez si besoin.</source>
        <translation>This sign-in return does not match the current SGL request (page reloaded or old request). Go back to the SGL and start again if needed.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connexion refusée</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Connexion réussie</source>
        <translation>Sign-in successful</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pro Santé Connect a refusé la connexion. Revenez au SGL pour en voir la raison.</source>
        <translation>Pro Santé Connect refused the sign-in. Go back to the SGL to see the reason.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connexion réussie, vous pouvez revenir au SGL et fermer cet onglet.</source>
        <translation>Sign-in successful, you can go back to the SGL and close this tab.</translation>
    </message>
    <message>
        <location filename="../../src/interop/psc/PscCibaClient.cpp" line="+43" />
        <source>La connexion Pro Santé Connect par validation sur l'e-CPS (CIBA) se fait depuis la passerelle du laboratoire, qui détient le secret du client : identifiant ou secret absent.</source>
        <translation>Pro Santé Connect sign-in by approval on the e-CPS app (CIBA) is made from the laboratory's gateway, which holds the client secret: client id or secret missing.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pro Santé Connect ne publie pas de point d'authentification CIBA (backchannel_authentication_endpoint) : mode non activé pour ce service.</source>
        <translation>Pro Santé Connect publishes no CIBA authentication endpoint (backchannel_authentication_endpoint): mode not enabled for this service.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Identifiant national du professionnel invalide « %1 » : 8 suivi du numéro RPPS attendu.</source>
        <translation>Invalid national identifier of the practitioner “%1”: 8 followed by the RPPS number expected.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Professionnel inconnu de Pro Santé Connect (identifiant national %1).</source>
        <translation>Practitioner unknown to Pro Santé Connect (national identifier %1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pro Santé Connect refuse la demande de validation sur l'e-CPS : %1</source>
        <translation>Pro Santé Connect refuses the e-CPS approval request: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pro Santé Connect a répondu avec le statut HTTP %1 à la demande de validation sur l'e-CPS.</source>
        <translation>Pro Santé Connect answered the e-CPS approval request with HTTP status %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Réponse CIBA de Pro Santé Connect incomplète : auth_req_id et expires_in attendus.</source>
        <translation>Incomplete CIBA answer from Pro Santé Connect: auth_req_id and expires_in expected.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Demande de validation sur l'e-CPS inconnue (auth_req_id vide).</source>
        <translation>Unknown e-CPS approval request (empty auth_req_id).</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Réponse CIBA de Pro Santé Connect sans jeton d'identité.</source>
        <translation>CIBA answer from Pro Santé Connect without an ID token.</translation>
    </message>
</context>
<context>
    <name>sgl::interop::xds</name>
    <message>
        <location filename="../../src/interop/xds/CrBioMetadataMapper.cpp" line="+134" />
        <source>Document CDA illisible : %1</source>
        <translation>Unreadable CDA document: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le document n'est pas un document CDA (ClinicalDocument attendu).</source>
        <translation>The document is not a CDA document (ClinicalDocument expected).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Identifiant du document CDA (id/@root) absent.</source>
        <translation>CDA document identifier (id/@root) missing.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Le document ne porte pas d'INS du patient (identité qualifiée requise pour le DMP).</source>
        <translation>The document carries no patient INS (qualified identity required for the DMP).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Date du document CDA (effectiveTime) absente ou invalide.</source>
        <translation>CDA document date (effectiveTime) missing or invalid.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Type du document CDA (code) absent.</source>
        <translation>CDA document type (code) missing.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Format du document non reconnu : ni CR-BIO structuré, ni corps PDF (%1).</source>
        <translation>Unrecognised document format: neither structured CR-BIO nor PDF body (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>aucun corps</source>
        <translation>no body</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cadre d'exercice ou type d'établissement absent de l'en-tête CDA (healthCareFacility/code, standardIndustryClassCode).</source>
        <translation>Practice setting or facility type missing from the CDA header (healthCareFacility/code, standardIndustryClassCode).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Auteur du document CDA sans identifiant.</source>
        <translation>CDA document author without an identifier.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xds/MtomMessage.cpp" line="+99" />
        <source>Partie MIME n° %1 : pas de ligne vide entre les en-têtes et le contenu.</source>
        <translation>MIME part no. %1: no blank line between the headers and the content.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Partie MIME n° %1 : ligne d'en-tête incorrecte « %2 ».</source>
        <translation>MIME part no. %1: incorrect header line “%2”.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Partie MIME n° %1 : encodage de transfert « %2 » non pris en charge (binary, 8bit, 7bit ou base64 attendus).</source>
        <translation>MIME part no. %1: transfer encoding “%2” not supported (binary, 8bit, 7bit or base64 expected).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Partie MIME n° %1 : contenu base64 invalide.</source>
        <translation>MIME part no. %1: invalid base64 content.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Type de contenu « %1 » inattendu pour un message SOAP (multipart/related ou application/soap+xml attendu).</source>
        <translation>Unexpected content type “%1” for a SOAP message (multipart/related or application/soap+xml expected).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Message multipart/related sans paramètre « boundary ».</source>
        <translation>multipart/related message without a “boundary” parameter.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Message MTOM incorrect : le délimiteur « %1 » n'apparaît pas.</source>
        <translation>Incorrect MTOM message: the delimiter “%1” does not appear.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Message MTOM tronqué après la partie n° %1.</source>
        <translation>MTOM message truncated after part no. %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Message MTOM tronqué : délimiteur de fin « %1-- » absent après la partie n° %2.</source>
        <translation>MTOM message truncated: end delimiter “%1--” missing after part no. %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Message MTOM refusé : plus de %1 parties.</source>
        <translation>MTOM message rejected: more than %1 parts.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Message MTOM sans aucune partie.</source>
        <translation>MTOM message without any part.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Message MTOM incorrect : identifiant de partie « %1 » en double.</source>
        <translation>Incorrect MTOM message: duplicate part identifier “%1”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Message MTOM incorrect : la partie racine « %1 » annoncée n'existe pas.</source>
        <translation>Incorrect MTOM message: the announced root part “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xds/RegistryResponse.cpp" line="+62" />
        <source>Réponse du registre incorrecte : « %1 » attendu, « %2 » reçu.</source>
        <translation>Incorrect registry response: “%1” expected, “%2” received.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Statut de réponse du registre inconnu : « %1 ».</source>
        <translation>Unknown registry response status: “%1”.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>statut %1 sans détail</source>
        <translation>status %1 without details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le registre a refusé la demande : %1</source>
        <translation>The registry rejected the request: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/xds/SoapResponse.cpp" line="+35" />
        <source>Erreur SOAP renvoyée par le service (%1) : %2</source>
        <translation>SOAP fault returned by the service (%1): %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sans motif</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Réponse SOAP illisible : %1</source>
        <translation>Unreadable SOAP response: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Réponse incorrecte : enveloppe SOAP attendue, élément « %1 » reçu.</source>
        <translation>Incorrect response: SOAP envelope expected, element “%1” received.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Réponse SOAP sans élément Body.</source>
        <translation>SOAP response without a Body element.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Réponse SOAP vide (Body sans contenu).</source>
        <translation>Empty SOAP response (Body without content).</translation>
    </message>
</context>
<context>
    <name>sgl::interop::xml</name>
    <message>
        <location filename="../../src/interop/xml/XmlDocument.cpp" line="+40" />
        <source>Document XML vide.</source>
        <translation>Empty XML document.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mémoire insuffisante pour XPath.</source>
        <translation>Not enough memory for XPath.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Expression XPath invalide ou préfixe non déclaré.</source>
        <translation>Invalid XPath expression or undeclared prefix.</translation>
    </message>
    <message>
        <location line="+17" />
        <location filename="../../src/interop/xml/XsltStylesheet.cpp" line="+156" />
        <source>Le contenu XML est vide.</source>
        <translation>The XML content is empty.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document XML trop volumineux.</source>
        <translation>XML document too large.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../src/interop/xml/XmlSchema.cpp" line="+55" />
        <source>Mémoire insuffisante.</source>
        <translation>Not enough memory.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>XML mal formé : %1</source>
        <translation>Malformed XML: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../src/interop/xml/XsltStylesheet.cpp" line="-40" />
        <source>erreur inconnue</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Le document XML contient une déclaration DOCTYPE, refusée par sécurité.</source>
        <translation>The XML document contains a DOCTYPE declaration, refused for security.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Impossible de lire le fichier XML : %1</source>
        <translation>Cannot read the XML file: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>L'expression XPath ne désigne pas des nœuds.</source>
        <translation>The XPath expression does not select nodes.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlSchema.cpp" line="-4" />
        <source>Schéma XSD introuvable.</source>
        <translation>XSD schema not found.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Schéma XSD illisible : %1</source>
        <translation>Unreadable XSD schema: %1</translation>
    </message>
    <message>
        <location line="+45" />
        <source>ligne %1 : %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>… et %1 autre(s) erreur(s)</source>
        <translation>… and %1 other error(s)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Document non conforme au schéma XSD : %1</source>
        <translation>Document does not conform to the XSD schema: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlWriter.cpp" line="+48" />
        <source>Nom d'instruction de traitement invalide : « %1 »</source>
        <translation>Invalid processing instruction name: “%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Instruction de traitement « %1 » : « ?&gt; » interdit dans son contenu.</source>
        <translation>Processing instruction “%1”: “?&gt;” not allowed in its content.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Le document a déjà un élément racine.</source>
        <translation>The document already has a root element.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../src/interop/xml/XmlWriterElement.cpp" line="+43" />
        <source>Nom d'élément XML invalide : « %1 »</source>
        <translation>Invalid XML element name: “%1”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Le document XML a déjà été remis.</source>
        <translation>The XML document has already been handed over.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le document XML n'a pas d'élément racine.</source>
        <translation>The XML document has no root element.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Mémoire insuffisante pour écrire le document XML.</source>
        <translation>Not enough memory to write the XML document.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlWriterElement.cpp" line="+18" />
        <source>Élément « %1 » : espace de noms non déclaré.</source>
        <translation>Element “%1”: namespace not declared.</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+13" />
        <location line="+23" />
        <source>Nom d'attribut XML invalide : « %1 »</source>
        <translation>Invalid XML attribute name: “%1”</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Attribut « %1 » : espace de noms préfixé non déclaré.</source>
        <translation>Attribute “%1”: prefixed namespace not declared.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Texte trop volumineux pour un document XML.</source>
        <translation>Text too large for an XML document.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Déclaration d'espace de noms invalide : « %1 » = « %2 »</source>
        <translation>Invalid namespace declaration: “%1” = “%2”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Préfixe « %1 » déjà déclaré sur cet élément.</source>
        <translation>Prefix “%1” already declared on this element.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Espace de noms non déclaré.</source>
        <translation>Namespace not declared.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Élément XML pré-construit invalide : il doit être un élément complet et bien formé.</source>
        <translation>Invalid pre-built XML element: it must be a complete, well-formed element.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XsltStylesheet.cpp" line="+25" />
        <source>La feuille de style veut lire « %1 » : accès refusé par sécurité.</source>
        <translation>The stylesheet wants to read “%1”: access refused for security.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feuille de style XSLT invalide : %1</source>
        <translation>Invalid XSLT stylesheet: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Aucune feuille de style compilée.</source>
        <translation>No compiled stylesheet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mémoire insuffisante pour la transformation XSLT.</source>
        <translation>Not enough memory for the XSLT transformation.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>La feuille de style veut accéder à « %1 » : accès refusé par sécurité.</source>
        <translation>The stylesheet wants to access “%1”: access refused for security.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Transformation XSLT impossible : %1</source>
        <translation>XSLT transformation failed: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Résultat de la transformation XSLT impossible à écrire.</source>
        <translation>The XSLT transformation result cannot be written.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlCanonicalizer.cpp" line="+64" />
        <source>Canonicalisation XML impossible : %1</source>
        <translation>XML canonicalisation failed: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+5" />
        <location filename="../../src/interop/xml/XmlSignatureVerifier.cpp" line="+82" />
        <source>Algorithme de signature non accepté : %1</source>
        <translation>Signature algorithm not accepted: %1</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlCertificates.cpp" line="-62" />
        <source>Signature XML mal formée : certificat X.509 illisible.</source>
        <translation>Malformed XML signature: unreadable X.509 certificate.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../src/interop/xml/XmlSigningKey.cpp" line="+71" />
        <source>Certificat de signature illisible (format PEM attendu).</source>
        <translation>Unreadable signing certificate (PEM format expected).</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlSignatureVerifier.cpp" line="-5" />
        <source>Signature XML mal formée : %1</source>
        <translation>Malformed XML signature: %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>référence « %1 » sans DigestMethod ou DigestValue.</source>
        <translation>reference “%1” without DigestMethod or DigestValue.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+5" />
        <location filename="../../src/interop/xml/XmlSigner.cpp" line="+28" />
        <source>Signature XML : la référence « %1 » ne désigne aucun élément du document.</source>
        <translation>XML signature: reference “%1” designates no element of the document.</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+19" />
        <source>Aucune signature XML (ds:Signature) dans le document.</source>
        <translation>No XML signature (ds:Signature) in the document.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>élément SignedInfo ou SignatureValue absent.</source>
        <translation>SignedInfo or SignatureValue element missing.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>SignedInfo sans référence.</source>
        <translation>SignedInfo without a reference.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>aucun certificat X.509 dans KeyInfo.</source>
        <translation>no X.509 certificate in KeyInfo.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>clé publique du certificat illisible (%1).</source>
        <translation>unreadable certificate public key (%1).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>refusée par xmlsec.</source>
        <translation>rejected by xmlsec.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signature XML : l'empreinte de la référence « %1 » ne correspond pas (contenu modifié).</source>
        <translation>XML signature: the digest of reference “%1” does not match (content modified).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Signature XML invalide : la valeur de signature ne correspond pas (SignedInfo modifié ou mauvaise clé).</source>
        <translation>Invalid XML signature: the signature value does not match (SignedInfo modified or wrong key).</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlSigner.cpp" line="-247" />
        <location line="+36" />
        <source>Clé ou certificat de signature inutilisable par xmlsec : %1</source>
        <translation>Signing key or certificate unusable by xmlsec: %1</translation>
    </message>
    <message>
        <location line="+136" />
        <location line="+97" />
        <source>Échec de la signature XML : %1</source>
        <translation>XML signing failed: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Signature XML mal formée : élément « %1 » absent de l'élément signé.</source>
        <translation>Malformed XML signature: element “%1” missing from the signed element.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Une clé externe ne signe qu'en rsa-sha256.</source>
        <translation>An external key only signs with rsa-sha256.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Aucun modèle de signature XML (ds:Signature sans valeur) dans le document.</source>
        <translation>No XML signature template (ds:Signature without a value) in the document.</translation>
    </message>
    <message>
        <location filename="../../src/interop/xml/XmlSigningKey.cpp" line="-48" />
        <source>Impossible de lire le fichier : %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Clé privée de signature illisible (format PEM attendu, ou mot de passe incorrect).</source>
        <translation>Unreadable signing private key (PEM format expected, or wrong password).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>La clé privée ne correspond pas au certificat de signature.</source>
        <translation>The private key does not match the signing certificate.</translation>
    </message>
</context>
<context>
    <name>sgl::storage</name>
    <message>
        <location filename="../../src/storage/CounterRepository.cpp" line="+19" />
        <source>Compteur « %1 » illisible après incrément.</source>
        <translation>Counter “%1” unreadable after increment.</translation>
    </message>
    <message>
        <location filename="../../src/storage/OrderedExamRepository.cpp" line="+83" />
        <source>L'examen %1 a déjà été annulé sur un autre poste.</source>
        <translation>Exam %1 has already been cancelled on another workstation.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SpecimenRepository.cpp" line="+76" />
        <source>Tube %1 introuvable.</source>
        <translation>Tube %1 not found.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Le tube %1 n'est plus attendu : il vient d'être traité sur un autre poste.</source>
        <translation>Tube %1 is no longer expected: it has just been handled on another workstation.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Le tube %1 est déjà refusé.</source>
        <translation>Tube %1 is already rejected.</translation>
    </message>
    <message>
        <location filename="../../src/storage/DossierClaimRepository.cpp" line="+24" />
        <source>Dossier %1 introuvable.</source>
        <translation>Request %1 not found.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>un autre poste</source>
        <translation>another workstation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Le dossier %1 a été modifié par %2 depuis l'ouverture : rechargez-le avant de recommencer (rien n'a été enregistré).</source>
        <translation>Request %1 has been changed by %2 since it was opened: reload it before trying again (nothing was saved).</translation>
    </message>
    <message>
        <location filename="../../src/storage/CommentRepository.cpp" line="+101" />
        <source>Commentaire « %1 » introuvable.</source>
        <translation>Comment “%1” not found.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>le commentaire « %1 »</source>
        <translation>comment “%1”</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Le commentaire %1 a été modifié entre-temps par un autre poste.</source>
        <translation>Comment %1 was changed in the meantime by another workstation.</translation>
    </message>
    <message>
        <location filename="../../src/storage/QcLotRepository.cpp" line="+112" />
        <source>le contrôle « %1 »</source>
        <translation>the control “%1”</translation>
    </message>
    <message>
        <location line="+54" />
        <source>le lot de contrôle « %1 »</source>
        <translation>the control lot “%1”</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Règles de Westgard illisibles pour l'analyse %1 : « %2 ».</source>
        <translation>Unreadable Westgard rules for analysis %1: “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/storage/QcRunRepository.cpp" line="+145" />
        <source>le passage de contrôle n° %1</source>
        <translation>the control run no. %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/DirectoryRepository.cpp" line="+283" />
        <source>Import de l'annuaire %1 introuvable : il a été abandonné ou remplacé par un autre import.</source>
        <translation>Directory import %1 not found: it was abandoned or replaced by another import.</translation>
    </message>
    <message>
        <location filename="../../src/storage/MailboxMessageRepository.cpp" line="+58" />
        <source>Message reçu sans identifiant : il ne peut pas être gardé.</source>
        <translation>Received message without an identifier: it cannot be kept.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Message reçu « %1 » introuvable.</source>
        <translation>Received message “%1” not found.</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+10" />
        <source>Message reçu n° %1 introuvable.</source>
        <translation>Received message no. %1 not found.</translation>
    </message>
</context>
<context>
    <name>sgl::workflow</name>
    <message>
        <location filename="../../src/workflow/admin/UserAdmin.cpp" line="+39" />
        <source>Identifiant invalide : 3 à 64 caractères parmi a-z, 0-9, « . », « _ » et « - ».</source>
        <translation>Invalid login: 3 to 64 characters among a-z, 0-9, “.”, “_” and “-”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nom affiché manquant.</source>
        <translation>Missing display name.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+97" />
        <source>Échec du calcul de l'empreinte du mot de passe.</source>
        <translation>Failed to compute the password hash.</translation>
    </message>
    <message>
        <location line="-48" />
        <source>Vous ne pouvez pas retirer votre propre rôle d'administrateur.</source>
        <translation>You cannot remove your own administrator role.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/audit/AuditAnchoring.cpp" line="+49" />
        <source>Fichier de clé illisible : %1.</source>
        <translation>Unreadable key file: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fichier de clé trop grand (plus de %1 octets) : ce n'est pas une clé.</source>
        <translation>Key file too large (more than %1 bytes): this is not a key.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Clé trop courte (%1 octets, au moins %2) : créez-la par exemple avec « openssl rand -hex 32 ».</source>
        <translation>Key too short (%1 bytes, at least %2): create it for example with “openssl rand -hex 32”.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Fichier d'ancres illisible : %1.</source>
        <translation>Unreadable anchor file: %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Le fichier d'ancres ne contient aucune ancre : rien à vérifier.</source>
        <translation>The anchor file contains no anchor: nothing to check.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Fichier d'ancres impossible à ouvrir en ajout : %1.</source>
        <translation>Cannot open the anchor file for appending: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Fichier d'ancres impossible à verrouiller : %1.</source>
        <translation>Cannot lock the anchor file: %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Les ancres de ce fichier sont signées : donnez leur clé (--key), sinon les nouvelles ne seraient pas authentifiables.</source>
        <translation>The anchors of this file are signed: give their key (--key), otherwise new ones could not be authenticated.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>La clé fournie ne vérifie pas la signature de la dernière ancre du fichier : mauvaise clé, ou ligne falsifiée.</source>
        <translation>The key given does not verify the signature of the file's last anchor: wrong key, or forged line.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Ce fichier contient les ancres d'une autre base (identifiant %1 ; cette base : %2) : choisissez un fichier propre à cette base.</source>
        <translation>This file contains the anchors of another database (identifier %1; this database: %2): choose a file specific to this database.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ancre %1 : la ligne d'audit %2 n'existe plus (la piste s'arrête à la ligne %3) — fin de piste supprimée. Aucune nouvelle ancre écrite ; lancez « sgl verify-audit --anchors ».</source>
        <translation>Anchor %1: audit line %2 no longer exists (the trail stops at line %3) — end of the trail deleted. No new anchor written; run “sgl verify-audit --anchors”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ancre %1 : la ligne d'audit %2 a été réécrite depuis l'ancre. Aucune nouvelle ancre écrite ; lancez « sgl verify-audit --anchors ».</source>
        <translation>Anchor %1: audit line %2 was rewritten since the anchor. No new anchor written; run “sgl verify-audit --anchors”.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Ancre non écrite : %1.</source>
        <translation>Anchor not written: %1.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/auth/AuthService.cpp" line="+77" />
        <location filename="../../src/workflow/auth/PscLogin.cpp" line="+91" />
        <source>Ce compte est désactivé.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>La connexion par mot de passe est désactivée pour les biologistes dans ce laboratoire : utilisez « Se connecter avec Pro Santé Connect ».</source>
        <translation>Password sign-in is disabled for biologists in this laboratory: use “Sign in with Pro Santé Connect”.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/auth/SecurityPolicyLoader.cpp" line="+31" />
        <location filename="../../src/workflow/dispatch/DmpSettings.cpp" line="+29" />
        <location filename="../../src/workflow/dispatch/NationalServicesSettings.cpp" line="+147" />
        <source>Fichier de configuration illisible.</source>
        <translation>Unreadable configuration file.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Valeur invalide pour [security] %1 : entier entre %2 et %3 attendu.</source>
        <translation>Invalid value for [security] %1: an integer between %2 and %3 is expected.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Valeur invalide pour [security] password_login_biologists : true ou false attendu.</source>
        <translation>Invalid value for [security] password_login_biologists: true or false expected.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/catalogue/CatalogueAdmin.cpp" line="+28" />
        <source>Le motif de la modification est obligatoire.</source>
        <translation>The reason for the change is required.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+204" />
        <source>Analyse « %1 » inconnue.</source>
        <translation>Unknown analysis “%1”.</translation>
    </message>
    <message>
        <location line="-198" />
        <location line="+112" />
        <source>Examen « %1 » inconnu.</source>
        <translation>Unknown exam “%1”.</translation>
    </message>
    <message>
        <location line="-106" />
        <source>Règle réflexe « %1 » inconnue.</source>
        <translation>Unknown reflex rule “%1”.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Aucune modification à enregistrer.</source>
        <translation>No change to save.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Le code « %1 » ne diffère de la paillasse existante « %2 » que par la casse.</source>
        <translation>Code “%1” differs from the existing bench “%2” only by case.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Le code « %1 » ne diffère de la règle existante « %2 » que par la casse.</source>
        <translation>Code “%1” differs from the existing rule “%2” only by letter case.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>L'analyse « %1 » a des résultats enregistrés : elle ne peut pas être supprimée. Retirez-la du catalogue à la place.</source>
        <translation>Analysis “%1” has recorded results: it cannot be deleted. Retire it from the catalogue instead.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Type d'élément « %1 » inconnu (chapter, exam, analysis, reflex ou bench attendu).</source>
        <translation>Unknown item kind “%1” (chapter, exam, analysis, reflex or bench expected).</translation>
    </message>
    <message>
        <location filename="../../src/workflow/catalogue/CatalogueImportRequest.cpp" line="+30" />
        <source>Le fichier des plages ne s'utilise qu'avec un catalogue CSV.</source>
        <translation>The ranges file can only be used with a CSV catalogue.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Un ConceptMap ne porte que les codes LOINC : il s'importe en mode transcodage.</source>
        <translation>A ConceptMap only carries LOINC codes: it is imported in transcoding mode.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/catalogue/ReflexTests.cpp" line="+146" />
        <location line="+22" />
        <source>Aucune règle réflexe choisie.</source>
        <translation>No reflex rule chosen.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Le dossier %1 est %2 : aucune analyse ne peut y être ajoutée.</source>
        <translation>Request %1 is %2: no analysis can be added to it.</translation>
    </message>
    <message>
        <location line="+25" />
        <location filename="../../src/workflow/validation/ReflexDecisions.cpp" line="+24" />
        <source>Règle(s) réflexe(s) sans objet pour ce dossier (condition non remplie, analyses déjà présentes, règle inactive ou inconnue) : %1.</source>
        <translation>Reflex rule(s) not applicable to this request (condition not met, analyses already present, rule inactive or unknown): %1.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Test réflexe %1 : %2</source>
        <translation>Reflex test %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/workflow/demo/DemoSeeder.cpp" line="+135" />
        <source>TSH élevée : dosage de la T4 libre</source>
        <translation>High TSH: free T4 assay</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TSH basse : dosage de la T4 libre</source>
        <translation>Low TSH: free T4 assay</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Antigène HBs positif : bilan hépatique</source>
        <translation>Positive HBs antigen: liver panel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hémoglobine critique : temps de Quick (saignement ?)</source>
        <translation>Critical haemoglobin: prothrombin time (bleeding?)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protéines à la bandelette : protéinurie quantitative</source>
        <translation>Dipstick protein: quantitative proteinuria</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Règles réflexes de démonstration refusées :
%1</source>
        <translation>Demonstration reflex rules refused:
%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Règles réflexes et contrôle delta de démonstration</source>
        <translation>Demo reflex rules and delta check</translation>
    </message>
    <message>
        <location line="+42" />
        <source>La base contient déjà des utilisateurs, des patients ou un catalogue : les données de démonstration ne sont chargées que dans une base vide.</source>
        <translation>The database already contains users, patients or a catalogue: demonstration data are only loaded into an empty database.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Catalogue de démonstration refusé :
%1</source>
        <translation>Demonstration catalogue refused:
%1</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Analyse(s) absente(s) du catalogue de démonstration : %1.</source>
        <translation>Analysis(es) missing from the demonstration catalogue: %1.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Valeur de démonstration invalide pour %1 : %2.</source>
        <translation>Invalid demonstration value for %1: %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Valeur codée attendue pour %1.</source>
        <translation>Coded value expected for %1.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/CogDirectory.cpp" line="+72" />
        <source>Référentiel COG introuvable (%1) : les codes ne peuvent pas être vérifiés.</source>
        <translation>COG reference file not found (%1): the codes cannot be checked.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>En-tête du référentiel COG inattendu : « %1 » (attendu « %2 »).</source>
        <translation>Unexpected COG reference header: “%1” (expected “%2”).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ligne du référentiel COG mal formée : %1 colonnes au lieu de 6.</source>
        <translation>Malformed COG reference line: %1 columns instead of 6.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Type de lieu inconnu « %1 » (commune, arrondissement, pays, territoire, ancien_pays).</source>
        <translation>Unknown place type “%1” (commune, arrondissement, pays, territoire, ancien_pays).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le code « %1 » ne correspond pas au type « %2 » (99xxx pour un pays, et seulement pour un pays).</source>
        <translation>Code “%1” does not match type “%2” (99xxx for a country, and only for a country).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nom du lieu absent pour le code « %1 ».</source>
        <translation>Place name missing for code “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rattachement (département ou pays) absent pour le code « %1 ».</source>
        <translation>Parent (département or country) missing for code “%1”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Année de fin invalide « %1 » pour l'ancien pays « %2 ».</source>
        <translation>Invalid end year “%1” for the former country “%2”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Année de fin « %1 » donnée pour « %2 », qui n'est pas un ancien pays.</source>
        <translation>End year “%1” given for “%2”, which is not a former country.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Code « %1 » en double dans le référentiel COG.</source>
        <translation>Duplicate code “%1” in the COG reference file.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Référentiel COG vide.</source>
        <translation>Empty COG reference file.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Code du lieu de naissance absent.</source>
        <translation>Birth place code missing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Code du lieu de naissance « %1 » invalide : 5 caractères attendus, %2 saisis.</source>
        <translation>Invalid birth place code “%1”: 5 characters expected, %2 entered.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Code du lieu de naissance « %1 » invalide : 2 chiffres (2A ou 2B pour la Corse) puis 3 chiffres pour une commune, 99 puis 3 chiffres pour un pays étranger.</source>
        <translation>Invalid birth place code “%1”: 2 digits (2A or 2B for Corsica) then 3 digits for a municipality, 99 then 3 digits for a foreign country.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>99100 (France) ne désigne pas un lieu de naissance : pour une naissance en France, saisir le code de la commune.</source>
        <translation>99100 (France) is not a birth place: for a birth in France, enter the municipality code.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paris, Lyon et Marseille : la naissance est enregistrée par arrondissement (75101 à 75120, 69381 à 69389, 13201 à 13216).</source>
        <translation>Paris, Lyon and Marseille: births are recorded by arrondissement (75101 to 75120, 69381 to 69389, 13201 to 13216).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Corse : les codes commencent par 2A ou 2B, pas par 20.</source>
        <translation>Corsica: codes start with 2A or 2B, not 20.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (pays)</source>
        <translation>%1 (country)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (territoire, %2)</source>
        <translation>%1 (territory, %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (ancien pays, jusqu'en %2)</source>
        <translation>%1 (former country, until %2)</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/MergePatients.cpp" line="+29" />
        <source>Un des deux patients a été modifié entre-temps : rechargez-les.</source>
        <translation>One of the two patients was changed in the meantime: reload them.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/QualifyIdentity.cpp" line="+79" />
        <source>Une identité fictive ne doit pas être recherchée dans INSi.</source>
        <translation>A fictitious identity must not be looked up in INSi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ce dossier a été fusionné : interrogez INSi depuis le dossier conservé.</source>
        <translation>This record has been merged: query INSi from the record that was kept.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Renseignez le sexe (M ou F) avant d'interroger INSi.</source>
        <translation>Enter the sex (M or F) before querying INSi.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Aucun prénom de naissance à rechercher.</source>
        <translation>No birth given name to look up.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Identité trouvée dans INSi ; les traits concordent.</source>
        <translation>Identity found in INSi; the identity traits match.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identité trouvée dans INSi ; des traits diffèrent (%1) : vérifiez avant d'accepter.</source>
        <translation>Identity found in INSi; some traits differ (%1): check before accepting.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identité trouvée mais INS inutilisable : %1</source>
        <translation>Identity found but the INS cannot be used: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plusieurs identités correspondent dans INSi (02) : ajoutez les autres prénoms de naissance ou le lieu de naissance, puis relancez. L'identité n'a pas été modifiée.</source>
        <translation>Several identities match in INSi (02): add the other birth given names or the birth place, then try again. The identity was not changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Aucune identité trouvée dans INSi (01) : vérifiez l'orthographe, les prénoms, la date et le lieu de naissance. L'identité n'a pas été modifiée.</source>
        <translation>No identity found in INSi (01): check the spelling, the given names, the birth date and the birth place. The identity was not changed.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Aucune identité INSi unique à accepter.</source>
        <translation>No single INSi identity to accept.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>La clé de l'INS renvoyé (%1 %2) est incorrecte : INS refusé.</source>
        <translation>The key of the returned INS (%1 %2) is wrong: INS refused.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Le patient %1 a été modifié pendant l'interrogation INSi : relancez la recherche.</source>
        <translation>Patient %1 was changed during the INSi query: run the search again.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/RecordEvidence.cpp" line="+34" />
        <location filename="../../src/workflow/identity/SetIdentityAttributes.cpp" line="+32" />
        <location filename="../../src/workflow/identity/UpdatePatient.cpp" line="+42" />
        <source>Le patient %1 a été modifié entre-temps par un autre poste : rechargez-le.</source>
        <translation>Patient %1 was changed in the meantime by another workstation: reload it.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/RegisterPatient.cpp" line="+95" />
        <source>Impossible d'attribuer un IPP unique.</source>
        <translation>Cannot assign a unique patient ID.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/ReviewDuplicates.cpp" line="+50" />
        <source>Conserver %1 : l'identité obtenue sera %2, au lieu de %3 en conservant l'autre dossier (le dossier conservé garde ses traits, son statut et ses pièces d'identité).</source>
        <translation>Keep %1: the resulting identity will be %2, instead of %3 when keeping the other record (the record kept keeps its identity traits, its status and its identity documents).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Conserver %1 : même statut d'identité dans les deux cas ; c'est le dossier patient qui porte le plus de dossiers d'analyses.</source>
        <translation>Keep %1: same identity status either way; it is the patient record with the most test requests.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Conserver %1 : même statut d'identité et même nombre de dossiers d'analyses ; c'est le dossier patient créé en premier.</source>
        <translation>Keep %1: same identity status and same number of test requests; it is the patient record created first.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Trop de patients pour rechercher leurs doublons (%1, au plus %2) : affinez la recherche.</source>
        <translation>Too many patients to look for their duplicates (%1, at most %2): narrow the search.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/UpdatePatient.cpp" line="-3" />
        <source>Ce dossier patient a été fusionné : modifiez le dossier conservé.</source>
        <translation>This patient record has been merged: edit the record that was kept.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/VerifyInsBeforeSending.cpp" line="+53" />
        <source>L'identité du patient %1 n'est pas qualifiée : l'INS ne peut pas être transmis.</source>
        <translation>The identity of patient %1 is not qualified: the INS cannot be sent.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>INS vérifié récemment (%1) : pas de nouvel appel INSi.</source>
        <translation>INS checked recently (%1): no new INSi call.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>INSi ne retrouve plus cette identité (01)</source>
        <translation>INSi no longer finds this identity (01)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INSi renvoie plusieurs identités (02)</source>
        <translation>INSi returns several identities (02)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INSi renvoie un autre INS (%1)</source>
        <translation>INSi returns another INS (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>les traits renvoyés par INSi diffèrent (%1)</source>
        <translation>the identity traits returned by INSi differ (%1)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Le patient %1 a été modifié pendant la vérification INSi : relancez-la.</source>
        <translation>Patient %1 was changed during the INSi check: run it again.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>INS confirmé par INSi.</source>
        <translation>INS confirmed by INSi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vérification INSi négative : %1. L'identité repasse au statut %2 et l'INS ne sera pas transmis.</source>
        <translation>Negative INSi check: %1. The identity status goes back to %2 and the INS will not be sent.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/pam/PamEventApplier.cpp" line="+80" />
        <source>Identité douteuse ou fictive : statut VALI refusé, identité provisoire.</source>
        <translation>Doubtful or fictitious identity: VALI status refused, provisional identity.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>INS supprimé à la demande de l'émetteur.</source>
        <translation>INS deleted at the sender's request.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Flux PAM %1</source>
        <translation>PAM feed %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Patient inconnu créé par l'événement %1.</source>
        <translation>Unknown patient created by event %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Fusion : le dossier absorbé %1 est inconnu, rien à fusionner.</source>
        <translation>Merge: the absorbed record %1 is unknown, nothing to merge.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fusion vers un IPP inconnu : changement d'identifiant %1 → %2.</source>
        <translation>Merge into an unknown patient ID: identifier change %1 → %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Flux PAM A40</source>
        <translation>PAM feed A40</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fusion : les deux identifiants désignent déjà le même patient.</source>
        <translation>Merge: both identifiers already designate the same patient.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Flux PAM A40 (survivant)</source>
        <translation>PAM feed A40 (survivor)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fusion PAM A40 (message n° %1) : identifiant %2 absorbé par %3</source>
        <translation>PAM A40 merge (message no. %1): identifier %2 absorbed by %3</translation>
    </message>
    <message>
        <location line="+23" />
        <source>A47 : patient d'IPP %1 inconnu.</source>
        <translation>A47: patient with patient ID %1 unknown.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flux PAM A47 (INS)</source>
        <translation>PAM feed A47 (INS)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A47 : identifiant %1 (%2) inconnu.</source>
        <translation>A47: identifier %1 (%2) unknown.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A47 : PID-3 ne contient pas de nouvel identifiant %1 de la même autorité.</source>
        <translation>A47: PID-3 holds no new %1 identifier from the same authority.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A47 : l'identifiant %1 appartient déjà à un autre patient.</source>
        <translation>A47: identifier %1 already belongs to another patient.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Flux PAM A47</source>
        <translation>PAM feed A47</translation>
    </message>
    <message>
        <location filename="../../src/workflow/pam/ProcessPamMessage.cpp" line="+122" />
        <source>Même émetteur et même MSH-10 qu'un message déjà accepté (n° %1) mais contenu différent : non rejoué.</source>
        <translation>Same sender and same MSH-10 as an already accepted message (no. %1) but different content: not replayed.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/orders/DossierRequestCheck.cpp" line="+30" />
        <source>Le numéro RPPS %1 a une clé de contrôle fausse : vérifiez-le (enregistré tel quel).</source>
        <translation>RPPS number %1 has a wrong check digit: check it (stored as entered).</translation>
    </message>
    <message>
        <location filename="../../src/workflow/directory/DirectorySearch.cpp" line="+68" />
        <source>Indiquez au moins un critère de recherche dans l'annuaire : nom, RPPS, ville ou profession.</source>
        <translation>Enter at least one criterion to search the directory: name, RPPS, city or profession.</translation>
    </message>
    <message>
        <location line="+22" />
        <location filename="../../src/workflow/directory/RppsOnlineCheck.cpp" line="+34" />
        <source>Le numéro RPPS %1 a une clé de contrôle fausse : vérifiez-le.</source>
        <translation>RPPS number %1 has a wrong check digit: check it.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../src/workflow/directory/RppsOnlineCheck.cpp" line="+5" />
        <location filename="../../src/workflow/orders/DossierRequestCheck.cpp" line="+6" />
        <source>Numéro RPPS « %1 » invalide : 11 chiffres attendus.</source>
        <translation>Invalid RPPS number “%1”: 11 digits expected.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>L'Annuaire Santé n'a pas encore été importé : le RPPS %1 ne peut pas être vérifié.</source>
        <translation>The Annuaire Santé (national health directory) has not been imported yet: RPPS %1 cannot be checked.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le RPPS %1 est absent de l'Annuaire Santé : professionnel inconnu ou inactif.</source>
        <translation>RPPS %1 is not in the Annuaire Santé (national health directory): unknown or inactive practitioner.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>RPPS %1 : %2 %3, %4, en activité.</source>
        <translation>RPPS %1: %2 %3, %4, active.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/orders/DossierRequestCheck.cpp" line="+50" />
        <source>Aucun examen demandé.</source>
        <translation>No exam requested.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Examen « %1 » inconnu du catalogue.</source>
        <translation>Exam “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>L'examen « %1 » (%2) n'est plus prescriptible.</source>
        <translation>Exam “%1” (%2) can no longer be ordered.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>L'examen « %1 » est demandé deux fois.</source>
        <translation>Exam “%1” is requested twice.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Indiquez le prescripteur.</source>
        <translation>Enter the prescriber.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Adresse MSSanté du prescripteur « %1 » invalide.</source>
        <translation>Invalid MSSanté address of the prescriber “%1”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copie n° %1 sans nom de destinataire.</source>
        <translation>Copy no. %1 has no recipient name.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Adresse MSSanté « %1 » de %2 invalide.</source>
        <translation>Invalid MSSanté address “%1” of %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Date de prescription %1 postérieure à aujourd'hui.</source>
        <translation>Prescription date %1 is after today.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Heure de prélèvement %1 dans le futur.</source>
        <translation>Sampling time %1 is in the future.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le prélèvement est antérieur à la date de prescription : vérifiez les dates.</source>
        <translation>The sampling is before the prescription date: check the dates.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indiquez le service demandeur.</source>
        <translation>Enter the requesting ward.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copie MSSanté au patient impossible : son identité n'est pas qualifiée (INS).</source>
        <translation>No MSSanté copy to the patient: their identity is not qualified (INS).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Renseignement clinique « %1 » inconnu.</source>
        <translation>Unknown clinical question “%1”.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Analyse(s) sans type de tube au catalogue : %1 (aucun tube prévu).</source>
        <translation>Analysis(es) without a tube type in the catalogue: %1 (no tube planned).</translation>
    </message>
    <message>
        <location filename="../../src/workflow/orders/OrderEntry.cpp" line="+59" />
        <source>Le dossier %1 a été modifié entre-temps sur un autre poste : rechargez-le avant de recommencer.</source>
        <translation>Dossier %1 was changed meanwhile on another workstation: reload it before trying again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le dossier %1 est %2 : la demande ne peut plus être modifiée.</source>
        <translation>Dossier %1 is %2: the request can no longer be changed.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Patient %1 introuvable.</source>
        <translation>Patient %1 not found.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ce dossier patient a été fusionné : saisissez la demande sur le dossier conservé.</source>
        <translation>This patient record was merged: enter the request on the record kept.</translation>
    </message>
    <message>
        <location line="+167" />
        <source>L'examen « %1 » est déjà demandé dans ce dossier.</source>
        <translation>Exam “%1” is already requested in this dossier.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Indiquez le motif de l'annulation de l'examen.</source>
        <translation>Enter the reason for cancelling the exam.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>L'examen « %1 » n'est pas demandé dans ce dossier.</source>
        <translation>Exam “%1” is not requested in this dossier.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 : %2 L'annulation de l'examen %3 est refusée ; rien n'a été modifié.</source>
        <translation>%1: %2 Cancelling exam %3 is refused; nothing was changed.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Heure de prélèvement postérieure à la réception du tube %1 (%2).</source>
        <translation>Sampling time after the reception of tube %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/workflow/bench/DossierEntry.cpp" line="+69" />
        <source>Valeur critique : %1 = %2 %3 (%4) : prévenir le prescripteur.</source>
        <translation>Critical value: %1 = %2 %3 (%4): notify the prescriber.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/bench/BenchResultEntry.cpp" line="+54" />
        <source>Le dossier n'a pas d'analyse %1 à saisir.</source>
        <translation>The dossier has no analysis %1 to enter.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aucun résultat à enregistrer.</source>
        <translation>No result to save.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/bench/DossierEntry.cpp" line="+60" />
        <source>Le dossier %1 est %2 : aucun résultat ne peut plus y être saisi.</source>
        <translation>Dossier %1 is %2: no more results can be entered in it.</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../../src/workflow/validation/ValidationActions.cpp" line="+64" />
        <source>Le résultat %1 n'appartient pas au dossier %2.</source>
        <translation>Result %1 does not belong to dossier %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>L'analyse %1 n'est plus au catalogue : saisie impossible.</source>
        <translation>Analysis %1 is no longer in the catalogue: entry not possible.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 est une analyse calculée : elle se calcule seule quand ses analyses sont saisies.</source>
        <translation>%1 is a calculated analysis: it is calculated automatically once its analyses are entered.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Calcul automatique</source>
        <translation>Automatic calculation</translation>
    </message>
    <message>
        <location filename="../../src/workflow/bench/RerunRequest.cpp" line="+37" />
        <source>Facteur de dilution : indiquez un nombre supérieur à 1 (10 pour une dilution au 1/10).</source>
        <translation>Dilution factor: enter a number greater than 1 (10 for a 1/10 dilution).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Dilution au 1/%1 demandée : %2</source>
        <translation>1/%1 dilution requested: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nouveau prélèvement demandé : %1</source>
        <translation>New sample requested: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repasse demandée : %1</source>
        <translation>Rerun requested: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Recalcul : %1 repassée (%2)</source>
        <translation>Recalculation: %1 rerun (%2)</translation>
    </message>
    <message>
        <location filename="../../src/workflow/bench/ResultStep.cpp" line="+62" />
        <source>%1 : le résultat a été modifié entre-temps sur un autre poste ; rechargez le dossier avant de recommencer.</source>
        <translation>%1: the result was changed meanwhile on another workstation; reload the dossier before trying again.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/bench/TechnicalValidation.cpp" line="+58" />
        <source>Aucun résultat saisi à valider techniquement (%1).</source>
        <translation>No entered result to validate technically (%1).</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Aucun résultat choisi à valider techniquement.</source>
        <translation>No result selected for technical validation.</translation>
    </message>
    <message>
        <location line="+67" />
        <location filename="../../src/workflow/validation/BiologicalValidation.cpp" line="+68" />
        <location filename="../../src/workflow/validation/CriticalCallBacks.cpp" line="+42" />
        <location filename="../../src/workflow/validation/ValidationActions.cpp" line="+157" />
        <source>Le dossier %1 n'a pas d'analyse %2.</source>
        <translation>Dossier %1 has no analysis %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>dossier %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choisissez la paillasse à valider.</source>
        <translation>Choose the bench to validate.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1, %2 : %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+15" />
        <source>paillasse %1</source>
        <translation>bench %1</translation>
    </message>
    <message>
        <location filename="../../src/workflow/demo/DemoSteps.cpp" line="+17" />
        <source>Patient de démonstration %1 absent.</source>
        <translation>Demonstration patient %1 missing.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/orders/LabelPrinting.cpp" line="+44" />
        <source>Ce dossier n'a aucun tube : aucune étiquette à imprimer.</source>
        <translation>This dossier has no tube: no label to print.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Le tube %1 n'appartient pas à ce dossier.</source>
        <translation>Tube %1 does not belong to this dossier.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Ces étiquettes ont déjà été imprimées : indiquez le motif de la réimpression.</source>
        <translation>These labels have already been printed: enter the reason for reprinting.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Étiquettes du dossier %1</source>
        <translation>Labels of dossier %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Étiquettes %1</source>
        <translation>Labels %1</translation>
    </message>
    <message>
        <location filename="../../src/workflow/report/LabelLayoutSettings.cpp" line="+13" />
        <source>un nombre de millimètres est attendu (ex. 50 ou 25,4)</source>
        <translation>a number of millimetres is expected (e.g. 50 or 25,4)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>code128 ou datamatrix</source>
        <translation>code128 or datamatrix</translation>
    </message>
    <message>
        <location line="+6" />
        <source>203, 300 ou 600</source>
        <translation>203, 300 or 600</translation>
    </message>
    <message>
        <location line="+5" />
        <source>true ou false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location line="+9" />
        <source>des champs parmi patientName, birthDate, dossierNumber...</source>
        <translation>fields among patientName, birthDate, dossierNumber...</translation>
    </message>
    <message>
        <location filename="../../src/workflow/specimens/SpecimenReception.cpp" line="+54" />
        <source>(né(e) %1)</source>
        <translation>(born %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../src/workflow/specimens/TubeBoard.cpp" line="+36" />
        <source>, né(e) le %1</source>
        <translation>, born on %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Le tube %1 appartient au dossier %2, qui est %3 : il ne peut plus être réceptionné ni modifié.</source>
        <translation>Tube %1 belongs to dossier %2, which is %3: it can no longer be received or changed.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Code-barres vide : scannez l'étiquette du tube.</source>
        <translation>Empty barcode: scan the tube label.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code-barres « %1 » illisible : le laboratoire numérote ses tubes sur %2 caractères (par exemple %3). Scannez de nouveau l'étiquette.</source>
        <translation>Unreadable barcode “%1”: the laboratory numbers its tubes with %2 characters (for example %3). Scan the label again.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Code-barres « %1 » erroné : le caractère de contrôle ne correspond pas (lecture ou saisie fautive). Scannez de nouveau l'étiquette.</source>
        <translation>Wrong barcode “%1”: the check character does not match (misread or mistyped). Scan the label again.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Code-barres %1 inconnu : aucun tube du laboratoire ne porte ce numéro. Vérifiez l'étiquette ou la demande.</source>
        <translation>Unknown barcode %1: no tube of the laboratory has this number. Check the label or the request.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Le tube %1 appartient au dossier %2, pas au dossier affiché %3 : il n'a pas été réceptionné.</source>
        <translation>Tube %1 belongs to dossier %2, not to the displayed dossier %3: it was not received.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Le tube %1 a été refusé (%2) : un nouveau prélèvement est demandé, ce tube ne doit pas être analysé.</source>
        <translation>Tube %1 was rejected (%2): a new sample is requested, this tube must not be analysed.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le tube %1 est déjà réceptionné, le %2 par %3 : scanné deux fois.</source>
        <translation>Tube %1 was already received, on %2 by %3: scanned twice.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Heure de prélèvement (%1) postérieure à la réception du tube %2 (%3) : corrigez l'heure de prélèvement du dossier %4 avant de réceptionner.</source>
        <translation>Sampling time (%1) after the reception of tube %2 (%3): correct the sampling time of dossier %4 before receiving.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tube %1 réceptionné : dossier %2, %3.</source>
        <translation>Tube %1 received: dossier %2, %3.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Décrivez la non-conformité dans le commentaire (motif « Autre »).</source>
        <translation>Describe the non-conformity in the comment (“Other” reason).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Indiquez la conséquence de la non-conformité pour au moins une analyse du tube.</source>
        <translation>Enter the consequence of the non-conformity for at least one analysis of the tube.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>L'analyse %1 a deux conséquences : une seule par analyse.</source>
        <translation>Analysis %1 has two consequences: only one per analysis.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tube %1 introuvable.</source>
        <translation>Tube %1 not found.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Le tube %1 est déjà refusé (%2) : la non-conformité concerne le nouveau tube.</source>
        <translation>Tube %1 is already rejected (%2): the non-conformity concerns the new tube.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>L'analyse %1 n'est pas mesurée dans le tube %2.</source>
        <translation>Analysis %1 is not measured in tube %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le résultat %1 est déjà validé biologiquement : il ne peut plus être annulé ni assorti d'une réserve (corrigez-le depuis la validation).</source>
        <translation>Result %1 is already biologically validated: it can no longer be cancelled or given a reservation (correct it from validation).</translation>
    </message>
    <message>
        <location filename="../../src/workflow/specimens/TubeBoard.cpp" line="+50" />
        <source>Code-barres %1 inconnu : aucun tube du laboratoire ne porte ce numéro.</source>
        <translation>Unknown barcode %1: no tube of the laboratory has this number.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/analyzers/AnalyzerGateway.cpp" line="+87" />
        <source>Aucun profil d'analyseur actif avec une liaison réseau ou série.</source>
        <translation>No active analyzer profile with a network or serial link.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/analyzers/AnalyzerIngestion.cpp" line="+158" />
        <source>Résultat illisible : mis en attente.</source>
        <translation>Unreadable result: held.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Message d'analyseur sans profil : il ne peut pas être lu.</source>
        <translation>Analyzer message without a profile: it cannot be read.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Message d'analyseur vide (profil %1) : rien à enregistrer.</source>
        <translation>Empty analyzer message (profile %1): nothing to record.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/analyzers/AnalyzerProfileStore.cpp" line="+30" />
        <source>Aucun utilisateur connecté.</source>
        <translation>No user signed in.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Le motif de la modification du profil d'analyseur %1 est obligatoire.</source>
        <translation>The reason for the change to analyzer profile %1 is required.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Profil d'analyseur « %1 » inconnu.</source>
        <translation>Unknown analyzer profile “%1”.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Profil d'analyseur « %1 » illisible en base : %2</source>
        <translation>Analyzer profile “%1” unreadable in the database: %2</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Le profil d'analyseur %1 a été modifié entre-temps sur un autre poste ; rechargez-le avant de recommencer.</source>
        <translation>Analyzer profile %1 was changed in the meantime on another workstation; reload it before trying again.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Correspondance incomplète : le code analyseur et l'analyse sont obligatoires.</source>
        <translation>Incomplete mapping: the analyzer code and the analysis are required.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>L'analyse %1 n'existe pas au catalogue : le code %2 ne peut pas lui être associé.</source>
        <translation>Analysis %1 does not exist in the catalogue: code %2 cannot be mapped to it.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Le code %1 du profil %2 est déjà associé à l'analyse %3 (et non %4).</source>
        <translation>Code %1 of profile %2 is already mapped to analysis %3 (not %4).</translation>
    </message>
    <message>
        <location line="+43" />
        <source>importé</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Profil livré avec SGL</source>
        <translation>Profile supplied with SGL</translation>
    </message>
    <message>
        <location filename="../../src/workflow/analyzers/AnalyzerResultWriter.cpp" line="+27" />
        <source>%1, code analyseur %2</source>
        <translation>%1, analyzer code %2</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Aucun tube ne porte le code-barres %1 : le résultat %2 est mis en attente.</source>
        <translation>No tube has barcode %1: result %2 is held.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le tube %1 n'est pas réceptionné (%2) : le résultat %3 est mis en attente.</source>
        <translation>Tube %1 is not received (%2): result %3 is held.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tube refusé</source>
        <translation>tube rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tube attendu</source>
        <translation>tube expected</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Le dossier %1 du tube %2 est annulé : le résultat %3 est mis en attente.</source>
        <translation>Dossier %1 of tube %2 is cancelled: result %3 is held.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le dossier %1 du tube %2 est déjà validé : le résultat %3 est mis en attente.</source>
        <translation>Dossier %1 of tube %2 is already validated: result %3 is held.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>L'analyse %1 n'est pas prescrite dans le dossier %2 du tube %3 : le résultat est mis en attente.</source>
        <translation>Analysis %1 is not ordered in dossier %2 of tube %3: the result is held.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>L'analyse %1 du dossier %2 (tube %3) est annulée : le résultat est mis en attente.</source>
        <translation>Analysis %1 of dossier %2 (tube %3) is cancelled: the result is held.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>L'analyse %1 du dossier %2 (tube %3) est déjà validée (%4) : la nouvelle valeur est mise en attente.</source>
        <translation>Analysis %1 of dossier %2 (tube %3) is already validated (%4): the new value is held.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>L'analyse %1 n'est plus au catalogue : le résultat du tube %2 est mis en attente.</source>
        <translation>Analysis %1 is no longer in the catalogue: the result for tube %2 is held.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 est une analyse calculée : la valeur envoyée pour le tube %2 est mise en attente.</source>
        <translation>%1 is a calculated analysis: the value sent for tube %2 is held.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tube %1, %2 : %3</source>
        <translation>Tube %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/workflow/analyzers/HeldResults.cpp" line="+64" />
        <source>Le motif de la décision sur le résultat en attente %1 est obligatoire.</source>
        <translation>The reason for the decision on held result %1 is required.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Le résultat en attente %1 (tube %2, code %3) a été traité entre-temps sur un autre poste ; rechargez la liste.</source>
        <translation>Held result %1 (tube %2, code %3) was processed in the meantime on another workstation; reload the list.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Le résultat en attente %1 (tube %2, code %3) est déjà traité : %4.</source>
        <translation>Held result %1 (tube %2, code %3) is already processed: %4.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Le code %1 n'est associé à aucune analyse : choisissez l'analyse du résultat.</source>
        <translation>Code %1 is not mapped to any analysis: choose the analysis for the result.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Indiquez le code-barres du tube auquel rattacher le résultat.</source>
        <translation>Enter the barcode of the tube to attach the result to.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>rattaché à %1 / %2 : %3</source>
        <translation>attached to %1 / %2: %3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>nouvelle correspondance %1 → %2</source>
        <translation>new mapping %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/workflow/demo/DemoAnalyzers.cpp" line="+24" />
        <source>Sysmex XN (démonstration) — hématologie</source>
        <translation>Sysmex XN (demo) — haematology</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cobas pro (démonstration) — biochimie</source>
        <translation>cobas pro (demo) — clinical chemistry</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Automate du laboratoire de démonstration</source>
        <translation>Demonstration laboratory analyzer</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/BatchRelease.cpp" line="+97" />
        <source>Aucun dossier choisi pour la libération par lot.</source>
        <translation>No request chosen for batch release.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>La nouvelle authentification ne correspond pas au biologiste connecté (%1).</source>
        <translation>The new authentication does not match the logged-in biologist (%1).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Dossier %1 exclu de la libération par lot :
%2</source>
        <translation>Request %1 excluded from batch release:
%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dossier %1.</source>
        <translation>request %1.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/BiologicalValidation.cpp" line="-25" />
        <source>Le dossier %1 n'a aucune analyse du chapitre %2.</source>
        <translation>Request %1 has no analysis in chapter %2.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Dossier %1 : aucun résultat validé techniquement à valider.</source>
        <translation>Request %1: no technically validated result to validate.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 : valeur modifiée (%2)</source>
        <translation>%1: value changed (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 : analyse ajoutée (%2)</source>
        <translation>%1: analysis added (%2)</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1 : valeur critique %2 : enregistrez d'abord l'appel du prescripteur (personne appelée, relecture confirmée, ou mesure prise s'il est injoignable).</source>
        <translation>%1: critical value %2: first record the call to the prescriber (person called, read-back confirmed, or action taken if unreachable).</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/DossierClaim.cpp" line="+18" />
        <source>Le dossier %1 est annulé : aucune action de validation n'est possible.</source>
        <translation>Request %1 is cancelled: no validation action is possible.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/ReflexDecisions.cpp" line="+58" />
        <source>Un motif est obligatoire pour refuser un test réflexe.</source>
        <translation>A reason is required to decline a reflex test.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/ValidationActions.cpp" line="-181" />
        <source>Un motif est obligatoire pour %1.</source>
        <translation>A reason is required to %1.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>renvoyer un résultat à la paillasse</source>
        <translation>send a result back to the bench</translation>
    </message>
    <message>
        <location line="+36" />
        <source>corriger une valeur</source>
        <translation>correct a value</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Correction : %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>dévalider un résultat</source>
        <translation>unvalidate a result</translation>
    </message>
    <message>
        <location line="+20" />
        <source>choisie</source>
        <translation>selected</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 : seul un résultat validé peut être dévalidé (état « %2 »).</source>
        <translation>%1: only a validated result can be unvalidated (state “%2”).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dévalidation : %1</source>
        <translation>Unvalidation: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ajouter une analyse</source>
        <translation>add an analysis</translation>
    </message>
    <message>
        <location line="+13" />
        <source>L'analyse %1 est retirée ou calculée : elle ne peut pas être ajoutée.</source>
        <translation>Analysis %1 is retired or calculated: it cannot be added.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analyse %1 absente du catalogue.</source>
        <translation>Analysis %1 not in the catalogue.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Le dossier %1 a déjà l'analyse %2.</source>
        <translation>Request %1 already has analysis %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ajoutée par le biologiste : %1</source>
        <translation>Added by the biologist: %1</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/ValidationDossierView.cpp" line="+47" />
        <source>%1 (nom utilisé %2)</source>
        <translation>%1 (used name %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n mois</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n an(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52" />
        <source>, %1 SA</source>
        <translation>, %1 WA</translation>
    </message>
    <message>
        <location line="+139" />
        <source>Le dossier %1 a changé depuis son préchargement : il est relu.</source>
        <translation>Dossier %1 has changed since it was preloaded: it is being reloaded.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/ResultAssessment.cpp" line="+34" />
        <source>Analyse absente du catalogue : pas de contrôle delta.</source>
        <translation>Analysis not in the catalogue: no delta check.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/ValidationDossierView.cpp" line="+152" />
        <source>Autres analyses</source>
        <translation>Other analyses</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Analyses hors examen</source>
        <translation>Analyses in no exam</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/CommentLibrary.cpp" line="+69" />
        <source>Le code de commentaire « %1 » existe déjà.</source>
        <translation>Comment code “%1” already exists.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+18" />
        <location filename="../../src/workflow/validation/ValidationComments.cpp" line="+36" />
        <source>Le commentaire codé « %1 » n'existe pas dans la bibliothèque.</source>
        <translation>Coded comment “%1” does not exist in the library.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/CommentLibraryCsv.cpp" line="+32" />
        <source>Ligne %1 : %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>colonnes « code » et « texte » obligatoires (en-tête : code;texte;imprime;chapitre;actif).</source>
        <translation>“code” and “texte” columns required (header: code;texte;imprime;chapitre;actif).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>« %1 » dans la colonne imprime : oui ou non attendu.</source>
        <translation>“%1” in the imprime column: oui or non (yes or no) expected.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>« %1 » dans la colonne actif : oui ou non attendu.</source>
        <translation>“%1” in the actif column: oui or non (yes or no) expected.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>le code « %1 » figure déjà plus haut dans le fichier.</source>
        <translation>code “%1” already appears earlier in the file.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/validation/ValidationComments.cpp" line="+3" />
        <source>Le commentaire codé « %1 » est retiré de la bibliothèque.</source>
        <translation>Coded comment “%1” has been retired from the library.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Le dossier %1 n'a pas de résultat %2.</source>
        <translation>Dossier %1 has no result %2.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Indiquez pourquoi le commentaire est retiré.</source>
        <translation>State why the comment is being removed.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Le dossier %1 n'a pas de commentaire %2.</source>
        <translation>Dossier %1 has no comment %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ce commentaire a déjà été retiré par %1.</source>
        <translation>This comment was already removed by %1.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/DispatchActions.cpp" line="+55" />
        <source>en attente : canal non configuré</source>
        <translation>pending: channel not configured</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../src/workflow/dispatch/NationalServicesSettings.cpp" line="+36" />
        <location filename="../../src/workflow/qc/QcReview.cpp" line="+76" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Envoi %1 introuvable.</source>
        <translation>Sending %1 not found.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>L'envoi %1 ne peut pas être relancé : %2.</source>
        <translation>Sending %1 cannot be retried: %2.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>envoi %1 : %2</source>
        <translation>sending %1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Indiquez le motif de l'annulation de l'envoi.</source>
        <translation>Give the reason for cancelling the sending.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>L'envoi %1 ne peut pas être annulé : %2.</source>
        <translation>Sending %1 cannot be cancelled: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Annulé par %1 : %2</source>
        <translation>Cancelled by %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/Dispatcher.cpp" line="+114" />
        <source>Lecture du document à envoyer impossible : %1</source>
        <translation>Cannot read the document to send: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Échec de l'envoi (motif non précisé).</source>
        <translation>Sending failed (no reason given).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nombre maximal de tentatives atteint (%1) : %2</source>
        <translation>Maximum number of attempts reached (%1): %2</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Canal non configuré.</source>
        <translation>Channel not configured.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/DmpDocumentActions.cpp" line="+59" />
        <source>Le compte rendu V%1 est en cours de retrait du DMP.</source>
        <translation>Report V%1 is being withdrawn from the DMP.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le compte rendu V%1 n'est pas dans le DMP et n'y sera pas envoyé (envoi suspendu, bloqué, annulé ou document déjà retiré).</source>
        <translation>Report V%1 is not in the DMP and will not be sent there (sending suspended, blocked, cancelled or document already withdrawn).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Indiquez le motif du changement de masquage.</source>
        <translation>Enter the reason for the masking change.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Le masquage demandé est déjà celui du compte rendu V%1.</source>
        <translation>The requested masking is already that of report V%1.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+41" />
        <source>Le compte rendu est en cours d'envoi vers le DMP : réessayez dans un instant.</source>
        <translation>The report is being sent to the DMP: try again in a moment.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Indiquez le motif du retrait du DMP.</source>
        <translation>Enter the reason for the withdrawal from the DMP.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Retiré du DMP avant envoi : %1</source>
        <translation>Withdrawn from the DMP before sending: %1</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/DmpSender.cpp" line="+62" />
        <source>Le patient n'a pas de DMP (test d'existence TD0.2) : nouvel essai plus tard, au cas où il serait créé entre-temps.</source>
        <translation>The patient has no DMP (existence test TD0.2): new attempt later, in case it is created in the meantime.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le patient n'a pas de DMP actif (statut « %1 » au test d'existence TD0.2) : envoi à reprendre par un humain.</source>
        <translation>The patient has no active DMP (status “%1” at existence test TD0.2): sending to be resumed by a human.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accès au DMP refusé : le patient a interdit l'accès de son DMP au laboratoire (autorisation INTERDIT au test d'existence TD0.2). Envoi à reprendre par un humain.</source>
        <translation>DMP access denied: the patient has forbidden the laboratory access to their DMP (authorisation INTERDIT at existence test TD0.2). Sending to be resumed by a human.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Identité du patient non qualifiée (INS non qualifié) : envoi au DMP impossible.</source>
        <translation>Patient identity not qualified (INS not qualified): cannot send to the DMP.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Envoi au DMP suspendu par le biologiste pour ce document.</source>
        <translation>Sending to the DMP suspended by the biologist for this document.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+6" />
        <source>Aucun document CDA (N3 ou N1) pour cette version : rien à publier au DMP.</source>
        <translation>No CDA document (N3 or N1) for this version: nothing to publish to the DMP.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>L'INS du document (%1) ne correspond pas à celui du patient destinataire (%2).</source>
        <translation>The INS of the document (%1) does not match that of the recipient patient (%2).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>absent</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/DmpSettings.cpp" line="+9" />
        <source>Valeur invalide pour [dmp] web_access_url : une URL https:// est attendue.</source>
        <translation>Invalid value for [dmp] web_access_url: an https:// URL is expected.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Valeur invalide pour [dmp] timeout_seconds : entier entre 5 et 600 attendu.</source>
        <translation>Invalid value for [dmp] timeout_seconds: integer between 5 and 600 expected.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>[dmp] %1 manquant : le DMP est configuré (endpoint) mais ce réglage est obligatoire.</source>
        <translation>[dmp] %1 missing: the DMP is configured (endpoint) but this setting is mandatory.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/MailboxPoll.cpp" line="+138" />
        <source>%1 pour un message inconnu de l'outbox (%2) : à examiner.</source>
        <translation>%1 for a message unknown to the outbox (%2): needs review.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accusé de réception</source>
        <translation>Return receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avis de non-remise</source>
        <translation>Non-delivery notice</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Message de %1 sans compte rendu CDA : à lire par un humain (« %2 »).</source>
        <translation>Message from %1 without a CDA report: to be read by a person (“%2”).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message de %1 : pièce jointe illisible (%2).</source>
        <translation>Message from %1: unreadable attachment (%2).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>compte rendu %1 sans numéro de demande (inFulfillmentOf) : patient et dossier à rattacher par un humain</source>
        <translation>report %1 without a request number (inFulfillmentOf): patient and request to be linked manually</translation>
    </message>
    <message>
        <location line="+8" />
        <source>compte rendu %1 pour le dossier inconnu « %2 »</source>
        <translation>report %1 for unknown request “%2”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>dossier %1, document %2 : %3</source>
        <translation>request %1, document %2: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Message de %1 gardé pour un humain, rien n'est importé : %2</source>
        <translation>Message from %1 kept for a human, nothing is imported: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>dossier %1 : %2</source>
        <translation>request %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n compte(s) rendu(s) de sous-traitant importé(s).</source>
        <translation>
            <numerusform>%n referral laboratory report imported.</numerusform>
            <numerusform>%n referral laboratory reports imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Compte rendu reçu de %1 à rattacher par un humain : %2</source>
        <translation>Report received from %1 to be linked manually: %2</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/MssSender.cpp" line="+28" />
        <source>Envoi MSSanté confié au mauvais canal (%1).</source>
        <translation>MSSanté sending assigned to the wrong channel (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opération sans objet pour une messagerie MSSanté : un message envoyé ne peut être ni masqué ni retiré.</source>
        <translation>Operation not applicable to MSSanté messaging: a sent message can be neither masked nor withdrawn.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Document invisible pour le patient jusqu'à la consultation d'annonce : il n'est pas envoyé dans sa messagerie.</source>
        <translation>Document invisible to the patient until the disclosure consultation: it is not sent to their mailbox.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Document masqué aux professionnels de santé : il n'est pas envoyé par MSSanté aux correspondants.</source>
        <translation>Document hidden from health professionals: it is not sent to copy recipients via MSSanté.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Adresse de messagerie patient invalide « %1 » : &lt;INS&gt;@patient.mssante.fr attendu (INS qualifié).</source>
        <translation>Invalid patient mailbox address “%1”: &lt;INS&gt;@patient.mssante.fr expected (qualified INS).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Compte rendu CDA introuvable pour ce document : %1</source>
        <translation>CDA report not found for this document: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compte rendu CDA illisible pour l'instant : %1</source>
        <translation>CDA report unreadable for now: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version PDF illisible pour l'instant : %1</source>
        <translation>PDF version unreadable for now: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>L'INS du compte rendu (%1) ne correspond pas à l'adresse du patient %2 : envoi refusé.</source>
        <translation>The report's INS (%1) does not match the patient's address %2: sending refused.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/autoval/AutoValidation.cpp" line="+46" />
        <source>le dossier n'est pas validé techniquement</source>
        <translation>the request is not technically validated</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 : résultat non validé techniquement</source>
        <translation>%1: result not technically validated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 : valeur critique %2</source>
        <translation>%1: critical value %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 : appel du prescripteur en attente</source>
        <translation>%1: prescriber call-back pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 : valeur modifiée à la main</source>
        <translation>%1: value edited by hand</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 : retenu par le contrôle qualité (%2)</source>
        <translation>%1: held by quality control (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>proposition réflexe non tranchée</source>
        <translation>reflex proposal not decided</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Aucune règle d'auto-validation n'est enregistrée.</source>
        <translation>No auto-validation rules are saved.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Non validé automatiquement : %1.</source>
        <translation>Not validated automatically: %1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Validation selon les règles impossible : %1</source>
        <translation>Validation according to the rules impossible: %1</translation>
    </message>
    <message>
        <location filename="../../src/workflow/autoval/AutovalMode.cpp" line="+33" />
        <source>désactivée</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>observation (le moteur propose, le biologiste décide)</source>
        <translation>observation (the engine proposes, the biologist decides)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>active (validation selon les règles du laboratoire)</source>
        <translation>active (validation according to the laboratory rules)</translation>
    </message>
    <message>
        <location filename="../../src/workflow/autoval/AutovalSettings.cpp" line="+69" />
        <source>Choisissez le biologiste responsable sous le nom duquel les dossiers sont validés selon les règles.</source>
        <translation>Choose the responsible biologist in whose name requests are validated according to the rules.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>« %1 » n'est pas un compte de biologiste actif avec un numéro RPPS : il ne peut pas être responsable de l'auto-validation.</source>
        <translation>“%1” is not an active biologist account with an RPPS number: they cannot be responsible for auto-validation.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Mode d'auto-validation « %1 » inconnu (off, shadow ou active attendu).</source>
        <translation>Unknown auto-validation mode “%1” (off, shadow or active expected).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aucune règle d'auto-validation n'est enregistrée : enregistrez d'abord les règles du laboratoire.</source>
        <translation>No auto-validation rules are saved: save the laboratory rules first.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/autoval/AutovalStatistics.cpp" line="+126" />
        <source>Période invalide : la date de fin doit suivre la date de début.</source>
        <translation>Invalid period: the end date must follow the start date.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Statistiques d'auto-validation du %1 au %2</source>
        <translation>Auto-validation statistics from %1 to %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossiers évalués</source>
        <translation>Requests evaluated</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dossiers auto-validés</source>
        <translation>Requests auto-validated</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Part des dossiers (%)</source>
        <translation>Share of requests (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analyses évaluées</source>
        <translation>Analyses evaluated</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyses auto-validées</source>
        <translation>Analyses auto-validated</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Part des analyses (%)</source>
        <translation>Share of analyses (%)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <source>Dossiers validés par le moteur</source>
        <translation>Requests validated by the engine</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sans paillasse</source>
        <translation>no bench</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyses examinées</source>
        <translation>Analyses examined</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Analyses non retenues</source>
        <translation>Analyses not held</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Part non retenue (%)</source>
        <translation>Share not held (%)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rétentions</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Retenues puis validées (observation)</source>
        <translation>Held then validated (observation)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retenues puis retenues (observation)</source>
        <translation>Held then held (observation)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Concordance (mode observation)</source>
        <translation>Agreement (observation mode)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nombre</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libéré par le moteur, validé par le biologiste</source>
        <translation>Released by the engine, validated by the biologist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libéré par le moteur, retenu par le biologiste</source>
        <translation>Released by the engine, held by the biologist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retenu par le moteur, validé par le biologiste</source>
        <translation>Held by the engine, validated by the biologist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retenu par le moteur, retenu par le biologiste</source>
        <translation>Held by the engine, held by the biologist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sans décision</source>
        <translation>No decision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Concordance (%)</source>
        <translation>Agreement (%)</translation>
    </message>
    <message>
        <location filename="../../src/workflow/autoval/RuleForm.cpp" line="+67" />
        <source>Condition : JSON invalide (%1).</source>
        <translation>Condition: invalid JSON (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>règle %1, condition</source>
        <translation>rule %1, condition</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Population : JSON invalide (%1).</source>
        <translation>Population: invalid JSON (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>règle %1, when</source>
        <translation>rule %1, when</translation>
    </message>
    <message>
        <location line="+21" />
        <source>limites</source>
        <translation>limits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>delta</source>
        <translation>delta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>critique</source>
        <translation>critical</translation>
    </message>
    <message>
        <location line="+1" />
        <source>alarmes automate</source>
        <translation>analyzer alarms</translation>
    </message>
    <message>
        <location line="+1" />
        <source>indice sérique</source>
        <translation>serum index</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contamination EDTA</source>
        <translation>EDTA contamination</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rapport</source>
        <translation>ratio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>trou anionique</source>
        <translation>anion gap</translation>
    </message>
    <message>
        <location line="+1" />
        <source>somme</source>
        <translation>sum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>variation concordante</source>
        <translation>concordant change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>score delta</source>
        <translation>delta score</translation>
    </message>
    <message>
        <location line="+13" />
        <source>bas</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+0" />
        <source>haut</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+0" />
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location line="+0" />
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unité</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>écart absolu</source>
        <translation>absolute difference</translation>
    </message>
    <message>
        <location line="+0" />
        <source>écart en %</source>
        <translation>difference in %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fenêtre (jours)</source>
        <translation>window (days)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>antériorité exigée</source>
        <translation>previous result required</translation>
    </message>
    <message>
        <location line="+1" />
        <source>analyses au moins</source>
        <translation>minimum analyses</translation>
    </message>
    <message>
        <location line="+0" />
        <source>même sens</source>
        <translation>same direction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>score maximal</source>
        <translation>maximum score</translation>
    </message>
    <message>
        <location line="+0" />
        <source>termes</source>
        <translation>terms</translation>
    </message>
    <message>
        <location line="+0" />
        <source>numérateur</source>
        <translation>numerator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dénominateur</source>
        <translation>denominator</translation>
    </message>
    <message>
        <location line="+0" />
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+0" />
        <source>parties</source>
        <translation>parts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tolérance en %</source>
        <translation>tolerance in %</translation>
    </message>
    <message>
        <location line="+0" />
        <source>indice</source>
        <translation>index</translation>
    </message>
    <message>
        <location line="+0" />
        <source>seuil</source>
        <translation>threshold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>retenir si absent</source>
        <translation>hold if missing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>codes acceptés</source>
        <translation>accepted codes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>alarmes ignorées</source>
        <translation>ignored flags</translation>
    </message>
    <message>
        <location line="+0" />
        <source>avec le potassium</source>
        <translation>with potassium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>retenir sans l'analyse liée</source>
        <translation>hold without the linked analysis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sodium</source>
        <translation>sodium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>chlore</source>
        <translation>chloride</translation>
    </message>
    <message>
        <location line="+0" />
        <source>bicarbonates</source>
        <translation>bicarbonate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>potassium</source>
        <translation>potassium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calcium</source>
        <translation>calcium</translation>
    </message>
    <message>
        <location line="+0" />
        <source>magnésium</source>
        <translation>magnesium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phosphatases alcalines</source>
        <translation>alkaline phosphatase</translation>
    </message>
    <message>
        <location line="+10" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/workflow/autoval/RuleSetAdmin.cpp" line="+40" />
        <source>Règles d'auto-validation refusées, rien n'a été enregistré :
%1</source>
        <translation>Auto-validation rules rejected, nothing was saved:
%1</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Le motif de la modification des règles est obligatoire.</source>
        <translation>The reason for changing the rules is required.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Les règles n'ont pas changé : rien à enregistrer.</source>
        <translation>The rules have not changed: nothing to save.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Règles d'auto-validation : %1</source>
        <translation>Auto-validation rules: %1</translation>
    </message>
    <message>
        <location filename="../../src/workflow/demo/DemoAutoval.cpp" line="+24" />
        <source>Règles de démonstration du laboratoire</source>
        <translation>Laboratory demonstration rules</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/NationalServicesSettings.cpp" line="-79" />
        <source>DMP — Adresse du service (endpoint)</source>
        <translation>DMP — Service address (endpoint)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Certificat d'authentification (certificate)</source>
        <translation>DMP — Authentication certificate (certificate)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Clé privée d'authentification (key)</source>
        <translation>DMP — Authentication private key (key)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Mot de passe de la clé (key_password)</source>
        <translation>DMP — Key password (key_password)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Autorités de confiance (ca)</source>
        <translation>DMP — Trusted authorities (ca)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Certificat de signature, cachet (signing_certificate)</source>
        <translation>DMP — Signing certificate, seal (signing_certificate)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Clé de signature (signing_key)</source>
        <translation>DMP — Signing key (signing_key)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Mot de passe de la clé de signature (signing_key_password)</source>
        <translation>DMP — Signing key password (signing_key_password)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — OID racine du laboratoire (source_oid)</source>
        <translation>DMP — Laboratory root OID (source_oid)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Identifiant de la structure (structure_id)</source>
        <translation>DMP — Organisation identifier (structure_id)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Responsable des envois (responsible)</source>
        <translation>DMP — Person responsible for sendings (responsible)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Identifiant du logiciel (lps_id)</source>
        <translation>DMP — Software identifier (lps_id)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Version du logiciel (lps_version)</source>
        <translation>DMP — Software version (lps_version)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Numéro d'homologation (lps_homologation)</source>
        <translation>DMP — Approval number (lps_homologation)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Délai d'attente en secondes (timeout_seconds)</source>
        <translation>DMP — Timeout in seconds (timeout_seconds)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DMP — Accès web des professionnels, contexte patient (web_access_url)</source>
        <translation>DMP — Web access for professionals, patient context (web_access_url)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Serveur d'envoi SMTP (smtp_url)</source>
        <translation>MSSanté — SMTP sending server (smtp_url)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Serveur de la boîte IMAP (imap_url)</source>
        <translation>MSSanté — IMAP mailbox server (imap_url)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Boîte applicative du laboratoire (mailbox)</source>
        <translation>MSSanté — Laboratory application mailbox (mailbox)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Certificat de la boîte (certificate)</source>
        <translation>MSSanté — Mailbox certificate (certificate)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Clé privée de la boîte (key)</source>
        <translation>MSSanté — Mailbox private key (key)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Mot de passe de la clé (key_password)</source>
        <translation>MSSanté — Key password (key_password)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Autorités de confiance (ca)</source>
        <translation>MSSanté — Trusted authorities (ca)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Mot de passe IMAP (imap_password, vide : certificat)</source>
        <translation>MSSanté — IMAP password (imap_password, empty: certificate)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Nom du laboratoire (laboratory_name)</source>
        <translation>MSSanté — Laboratory name (laboratory_name)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — OID du laboratoire (source_oid)</source>
        <translation>MSSanté — Laboratory OID (source_oid)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MSSanté — Délai d'attente en secondes (timeout_seconds)</source>
        <translation>MSSanté — Timeout in seconds (timeout_seconds)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuaire Santé — Adresse de l'API FHIR (fhir_url)</source>
        <translation>Annuaire Santé — FHIR API address (fhir_url)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuaire Santé — Clé d'API ESANTE-API-KEY (api_key)</source>
        <translation>Annuaire Santé — ESANTE-API-KEY API key (api_key)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuaire Santé — Autorités de confiance (ca, vide : celles du système)</source>
        <translation>Annuaire Santé — Trusted authorities (ca, empty: the system's)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Réglage inconnu : %1.</source>
        <translation>Unknown setting: %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>obligatoire dès que l'adresse du service est renseignée.</source>
        <translation>required as soon as the service address is filled in.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>une seule ligne attendue.</source>
        <translation>a single line expected.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>une URL https:// est attendue (« %1 »).</source>
        <translation>an https:// URL is expected (“%1”).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>une URL smtp:// ou smtps:// est attendue (« %1 »).</source>
        <translation>an smtp:// or smtps:// URL is expected (“%1”).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>une URL imap:// ou imaps:// est attendue (« %1 »).</source>
        <translation>an imap:// or imaps:// URL is expected (“%1”).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>adresse de messagerie invalide (« %1 »).</source>
        <translation>invalid email address (“%1”).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>OID invalide (« %1 ») : chiffres séparés par des points, par exemple 1.2.250.1.999.</source>
        <translation>invalid OID (“%1”): digits separated by dots, for example 1.2.250.1.999.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entier entre 5 et 600 attendu (« %1 »).</source>
        <translation>integer between 5 and 600 expected (“%1”).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>fichier introuvable (%1).</source>
        <translation>file not found (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>fichier illisible (%1).</source>
        <translation>unreadable file (%1).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>le fichier n'est pas un certificat X.509 au format PEM (%1).</source>
        <translation>the file is not an X.509 certificate in PEM format (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>certificat expiré (%1).</source>
        <translation>certificate expired (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>certificat pas encore valide (%1).</source>
        <translation>certificate not yet valid (%1).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>clé privée illisible (format PEM attendu, ou mot de passe de la clé faux) : %1.</source>
        <translation>unreadable private key (PEM format expected, or wrong key password): %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>la clé ne correspond pas au certificat (%1).</source>
        <translation>the key does not match the certificate (%1).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>aucun certificat d'autorité au format PEM dans %1.</source>
        <translation>no authority certificate in PEM format in %1.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Fichier de configuration %1 non enregistré : écriture impossible (droits, disque).</source>
        <translation>Configuration file %1 not saved: cannot write (permissions, disk).</translation>
    </message>
    <message>
        <location filename="../../src/workflow/qc/QcHoldGuard.cpp" line="+14" />
        <source>%1 : résultat retenu par le contrôle qualité (%2). Il ne peut pas être validé avant la revue du contrôle (accepté avec motif, ou repasse).</source>
        <translation>%1: result held by quality control (%2). It cannot be validated before the control review (accepted with a reason, or rerun).</translation>
    </message>
    <message>
        <location filename="../../src/workflow/qc/QcLotAdmin.cpp" line="+105" />
        <source>Analyse %1 absente du catalogue ou retirée : choisissez une analyse en usage.</source>
        <translation>Analysis %1 missing from the catalogue or retired: choose an analysis in use.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Matériau de contrôle n° %1 inconnu.</source>
        <translation>Unknown control material no. %1.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Champ obligatoire non renseigné : analyse.</source>
        <translation>Required field not filled in: analysis.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Analyse « %1 » absente du catalogue ou retirée : ses règles de Westgard ne peuvent pas être changées.</source>
        <translation>Analysis “%1” not in the catalogue or withdrawn: its Westgard rules cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/qc/QcQueries.cpp" line="+92" />
        <source>Lot de contrôle n° %1 introuvable.</source>
        <translation>Control lot no. %1 not found.</translation>
    </message>
    <message>
        <location line="+45" />
        <location filename="../../src/workflow/qc/QcReview.cpp" line="-39" />
        <source>Passage de contrôle n° %1 introuvable.</source>
        <translation>Control run no. %1 not found.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Analyse « %1 » absente du catalogue : pas de règles de Westgard.</source>
        <translation>Analysis “%1” not in the catalogue: no Westgard rules.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/qc/QcReview.cpp" line="-10" />
        <source>Indiquez le motif pour accepter le contrôle rejeté.</source>
        <translation>Enter the reason for accepting the rejected control.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indiquez le motif de la repasse des résultats retenus.</source>
        <translation>Enter the reason for rerunning the held results.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Le passage de contrôle n° %1 n'attend pas de revue (déjà revu, ou non rejeté).</source>
        <translation>Control run no. %1 is not awaiting review (already reviewed, or not rejected).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le passage de contrôle n° %1 a été modifié par un autre poste : rouvrez-le.</source>
        <translation>Control run no. %1 was modified by another workstation: reopen it.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1, %2 : pas de valeur à repasser.</source>
        <translation>%1, %2: no value to rerun.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/qc/QcRunRecorder.cpp" line="+53" />
        <source>Lot de contrôle n° %1 inconnu, retiré, ou d'un autre automate ou d'une autre analyse (attendu : %2, %3).</source>
        <translation>Control lot no. %1 unknown, retired, or for another analyzer or another analysis (expected: %2, %3).</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+26" />
        <source>Lot %1 : %2</source>
        <translation>Lot %1: %2</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Lot %1 : cible en cours d'établissement (%2/%3 passages).</source>
        <translation>Lot %1: target being established (%2/%3 runs).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Lot %1 : cible établie sur %2 passages (moyenne %3 ; ET %4).</source>
        <translation>Lot %1: target established over %2 runs (mean %3; SD %4).</translation>
    </message>
    <message>
        <location line="+38" />
        <source>règles %1</source>
        <translation>rules %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>règle %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CQ rejeté : %1, lot %2, %3 le %4</source>
        <translation>QC rejected: %1, lot %2, %3 on %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aucune valeur de contrôle saisie.</source>
        <translation>No control value entered.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Le lot n° %1 est saisi deux fois dans le même passage.</source>
        <translation>Lot no. %1 is entered twice in the same run.</translation>
    </message>
    <message>
        <location line="+146" />
        <source>Contrôle %1 : code automate %2 sans analyse du catalogue.</source>
        <translation>Control %1: analyzer code %2 with no catalogue analysis.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Contrôle %1 (lot « %2 ») : aucun lot actif de %3 pour %4.</source>
        <translation>Control %1 (lot “%2”): no active lot of %3 for %4.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Contrôle %1 : le lot %2 figure deux fois dans le message ; seule la première valeur est évaluée.</source>
        <translation>Control %1: lot %2 appears twice in the message; only the first value is evaluated.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/demo/DemoDirectory.cpp" line="+39" />
        <location line="+13" />
        <location line="+17" />
        <source>Écriture de l'annuaire de démonstration impossible : %1.</source>
        <translation>Cannot write the demonstration directory: %1.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/directory/DirectoryImport.cpp" line="-16" />
        <source>Aucun fichier d'extraction de l'Annuaire Santé à importer.</source>
        <translation>No Annuaire Santé (national health directory) extraction file to import.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>L'import de l'Annuaire Santé doit comprendre le fichier PS_LibreAcces_Personne_activite (les fichiers SavoirFaire, Dipl_AutExerc et MSSanté le complètent).</source>
        <translation>The Annuaire Santé import must include the PS_LibreAcces_Personne_activite file (the SavoirFaire, Dipl_AutExerc and MSSanté files complete it).</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+33" />
        <source>Import de l'Annuaire Santé annulé : l'annuaire précédent reste en service.</source>
        <translation>Annuaire Santé (national health directory) import cancelled: the previous directory stays in use.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dispatch/ReceivedMessages.cpp" line="+41" />
        <source>Traité</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CR-BIO non conforme</source>
        <translation>Non-conforming CR-BIO</translation>
    </message>
    <message>
        <location line="+0" />
        <source>À examiner</source>
        <translation>To examine</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Indiquez ce qui a été fait du message reçu (note obligatoire).</source>
        <translation>State what was done with the received message (note required).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Le message reçu n° %1 a déjà été traité par %2 le %3.</source>
        <translation>Received message no. %1 was already processed by %2 on %3.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/auth/PscLogin.cpp" line="-26" />
        <source>Pro Santé Connect n'a pas transmis de numéro RPPS pour ce professionnel (identifiant national « %1 ») : connexion impossible, un compte du laboratoire est rattaché à un RPPS.</source>
        <translation>Pro Santé Connect did not provide an RPPS number for this practitioner (national identifier “%1”): sign-in impossible, a laboratory account is linked to an RPPS number.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Aucun compte du laboratoire n'est rattaché au RPPS %1 (%2 %3). Demandez à un administrateur de renseigner ce RPPS dans votre compte.</source>
        <translation>No laboratory account is linked to RPPS %1 (%2 %3). Ask an administrator to enter this RPPS number in your account.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Plusieurs comptes du laboratoire sont rattachés au RPPS %1 : un administrateur doit n'en garder qu'un.</source>
        <translation>Several laboratory accounts are linked to RPPS %1: an administrator must keep only one.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Connexion refusée : %1 Si le professionnel exerce, importez une extraction récente de l'Annuaire Santé.</source>
        <translation>Sign-in refused: %1 If the practitioner is practising, import a recent Annuaire Santé extraction.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workflow/directory/RppsOnlineCheck.cpp" line="+14" />
        <source>RPPS %1 : %2, en activité selon l'Annuaire Santé en ligne (%n activité(s)).</source>
        <translation>
            <numerusform>RPPS %1: %2, active according to the online Annuaire Santé (%n activity).</numerusform>
            <numerusform>RPPS %1: %2, active according to the online Annuaire Santé (%n activities).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>RPPS %1 : %2, inactif selon l'Annuaire Santé en ligne.</source>
        <translation>RPPS %1: %2, inactive according to the online Annuaire Santé.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Le RPPS %1 est inconnu de l'Annuaire Santé en ligne.</source>
        <translation>RPPS %1 is unknown to the online Annuaire Santé.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/dmp/DmpWebAccess.cpp" line="+24" />
        <source>identité provisoire</source>
        <translation>provisional identity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>identité récupérée (pièce d'identité à haut niveau de confiance non vérifiée)</source>
        <translation>retrieved identity (high-trust identity document not checked)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>identité validée (INS non récupérée par INSi)</source>
        <translation>validated identity (INS not retrieved through INSi)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>identité qualifiée</source>
        <translation>qualified identity</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Accès web au DMP indisponible : réglages [dmp] illisibles (%1).</source>
        <translation>DMP web access unavailable: unreadable [dmp] settings (%1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Accès web au DMP non configuré sur ce poste : l'administrateur renseigne l'adresse du portail (Administration ▸ Services nationaux, [dmp] web_access_url).</source>
        <translation>DMP web access not configured on this workstation: the administrator enters the portal address (Administration ▸ National services, [dmp] web_access_url).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>L'accès web au DMP exige une connexion par Pro Santé Connect (e-CPS ou carte CPS) : vous êtes connecté par mot de passe. Reconnectez-vous avec Pro Santé Connect.</source>
        <translation>DMP web access requires a Pro Santé Connect sign-in (e-CPS or CPS card): you are signed in with a password. Sign in again with Pro Santé Connect.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Votre session Pro Santé Connect a expiré : reconnectez-vous pour ouvrir le DMP.</source>
        <translation>Your Pro Santé Connect session has expired: sign in again to open the DMP.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ce dossier patient a été fusionné : ouvrez le DMP depuis le dossier conservé.</source>
        <translation>This patient record has been merged: open the DMP from the kept record.</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (pas d'INS)</source>
        <translation> (no INS)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INS non qualifiée : %1%2. Le DMP ne s'ouvre qu'avec une identité qualifiée (INS récupérée par INSi et pièce d'identité vérifiée).</source>
        <translation>INS not qualified: %1%2. The DMP only opens with a qualified identity (INS retrieved through INSi and identity document checked).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pas d'INS enregistrée pour le patient %1 : le DMP ne peut pas être ouvert. Interrogez INSi pour récupérer son INS.</source>
        <translation>No INS recorded for patient %1: the DMP cannot be opened. Query INSi to retrieve their INS.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aucun patient sélectionné : choisissez le patient dont vous voulez ouvrir le DMP.</source>
        <translation>No patient selected: choose the patient whose DMP you want to open.</translation>
    </message>
    <message>
        <location filename="../../src/workflow/identity/CpxInsiAccess.cpp" line="+35" />
        <source>Le mode carte CPS d'INSi n'est pas paramétré sur ce poste (module de la carte et adresse INSi CPx).</source>
        <translation>The CPS card mode of INSi is not configured on this workstation (card module and INSi CPx address).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>La carte CPS insérée (%1, %2) n'est pas celle de l'utilisateur connecté (RPPS %3) : chacun interroge INSi avec sa propre carte.</source>
        <translation>The inserted CPS card (%1, %2) is not that of the signed-in user (RPPS %3): each user queries INSi with their own card.</translation>
    </message>
</context>
</TS>