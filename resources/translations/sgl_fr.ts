<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>ValidationCommands</name>
    <message numerus="yes">
        <location filename="../../src/app/validation/ValidationCommands.cpp" line="+46"/>
        <source>%n résultat(s) validé(s). Compte rendu version %1 (%2) émis ; %3</source>
        <translation>
            <numerusform>%n résultat validé. Compte rendu version %1 (%2) émis ; %3</numerusform>
            <numerusform>%n résultats validés. Compte rendu version %1 (%2) émis ; %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n résultat(s) dévalidé(s) : la prochaine validation émettra un compte rendu rectificatif.</source>
        <translation>
            <numerusform>%n résultat dévalidé : la prochaine validation émettra un compte rendu rectificatif.</numerusform>
            <numerusform>%n résultats dévalidés : la prochaine validation émettra un compte rendu rectificatif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n dossier(s) libéré(s).</source>
        <translation>
            <numerusform>%n dossier libéré.</numerusform>
            <numerusform>%n dossiers libérés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::AddAnalysisDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/validation/AddAnalysisDialog.cpp" line="+129"/>
        <source>%n analyse(s) proposée(s)</source>
        <translation>
            <numerusform>%n analyse proposée</numerusform>
            <numerusform>%n analyses proposées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::AutovalAdminView</name>
    <message numerus="yes">
        <location filename="../../src/app/autoval/AutovalAdminView.cpp" line="+257"/>
        <source>Règles en vigueur : version %1 du %2 (%n règle(s)).</source>
        <translation>
            <numerusform>Règles en vigueur : version %1 du %2 (%n règle).</numerusform>
            <numerusform>Règles en vigueur : version %1 du %2 (%n règles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::AutovalVerdictModel</name>
    <message numerus="yes">
        <location filename="../../src/app/validation/AutovalVerdictModel.cpp" line="+47"/>
        <source>retenu (%n analyse(s))</source>
        <translation>
            <numerusform>retenu (%n analyse)</numerusform>
            <numerusform>retenu (%n analyses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::BatchReleaseDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/validation/BatchReleaseDialog.cpp" line="+23"/>
        <source>%1 — %n motif(s)</source>
        <translation>
            <numerusform>%1 — %n motif</numerusform>
            <numerusform>%1 — %n motifs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::BenchView</name>
    <message numerus="yes">
        <location filename="../../src/app/bench/BenchView.cpp" line="+444"/>
        <source>%n résultat(s) retenu(s) par le contrôle qualité non validé(s) : %1</source>
        <translation>
            <numerusform>%n résultat retenu par le contrôle qualité non validé : %1</numerusform>
            <numerusform>%n résultats retenus par le contrôle qualité non validés : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::CallBackListModel</name>
    <message numerus="yes">
        <location filename="../../src/app/validation/CallBackListModel.cpp" line="+62"/>
        <source>Appels (%n à faire)</source>
        <translation>
            <numerusform>Appels (%n à faire)</numerusform>
            <numerusform>Appels (%n à faire)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueExchangeDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/catalogue/CatalogueExchangeDialog.cpp" line="+264"/>
        <source>%n problème(s) bloquant(s) : import impossible tant qu&apos;ils ne sont pas corrigés.</source>
        <translation>
            <numerusform>%n problème bloquant : import impossible tant qu&apos;il n&apos;est pas corrigé.</numerusform>
            <numerusform>%n problèmes bloquants : import impossible tant qu&apos;ils ne sont pas corrigés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueHistoryDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/catalogue/CatalogueHistoryDialog.cpp" line="+30"/>
        <source>%1 (%2) : %n modification(s) enregistrée(s).</source>
        <translation>
            <numerusform>%1 (%2) : %n modification enregistrée.</numerusform>
            <numerusform>%1 (%2) : %n modifications enregistrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueView</name>
    <message numerus="yes">
        <location filename="../../src/app/catalogue/CatalogueView.cpp" line="+227"/>
        <source>%n résultat(s) pour « %1 ».</source>
        <translation>
            <numerusform>%n résultat pour « %1 ».</numerusform>
            <numerusform>%n résultats pour « %1 ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::DirectorySearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/app/widgets/DirectorySearchPanel.cpp" line="+71"/>
        <source>%n professionnel(s) trouvé(s).</source>
        <translation>
            <numerusform>%n professionnel trouvé.</numerusform>
            <numerusform>%n professionnels trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::DispatchView</name>
    <message numerus="yes">
        <location filename="../../src/app/dispatch/DispatchView.cpp" line="+242"/>
        <source>Relancer maintenant %n envoi(s) en échec ou à reprendre ?</source>
        <translation>
            <numerusform>Relancer maintenant %n envoi en échec ou à reprendre ?</numerusform>
            <numerusform>Relancer maintenant %n envois en échec ou à reprendre ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n envoi(s) relancé(s).</source>
        <translation>
            <numerusform>%n envoi relancé.</numerusform>
            <numerusform>%n envois relancés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::DossierEditDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/orders/DossierEditDialog.cpp" line="+238"/>
        <source>Examens ajoutés ; %n nouveau(x) tube(s) à étiqueter.</source>
        <translation>
            <numerusform>Examens ajoutés ; %n nouveau tube à étiqueter.</numerusform>
            <numerusform>Examens ajoutés ; %n nouveaux tubes à étiqueter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::LabelActions</name>
    <message numerus="yes">
        <location filename="../../src/app/orders/LabelActions.cpp" line="+91"/>
        <source>%n étiquette(s) réimprimée(s).</source>
        <translation>
            <numerusform>%n étiquette réimprimée.</numerusform>
            <numerusform>%n étiquettes réimprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n étiquette(s) prête(s).</source>
        <translation>
            <numerusform>%n étiquette prête.</numerusform>
            <numerusform>%n étiquettes prêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <location line="+14"/>
        <source>%n étiquette(s) envoyée(s) à l&apos;imprimante.</source>
        <translation>
            <numerusform>%n étiquette envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n étiquettes envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::OrderEntryDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/orders/OrderEntryDialog.cpp" line="+492"/>
        <source>&lt;b&gt;Dossier %1 créé&lt;/b&gt; — %2, %n tube(s) à prélever.</source>
        <translation>
            <numerusform>&lt;b&gt;Dossier %1 créé&lt;/b&gt; — %2, %n tube à prélever.</numerusform>
            <numerusform>&lt;b&gt;Dossier %1 créé&lt;/b&gt; — %2, %n tubes à prélever.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::PatientMergeDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/reception/PatientMergeDialog.cpp" line="+155"/>
        <source>%n paire(s) à examiner.</source>
        <translation>
            <numerusform>%n paire à examiner.</numerusform>
            <numerusform>%n paires à examiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Conserver le patient A : %1 — %2 (%n dossier(s) d&apos;analyses)</source>
        <translation>
            <numerusform>Conserver le patient A : %1 — %2 (%n dossier d&apos;analyses)</numerusform>
            <numerusform>Conserver le patient A : %1 — %2 (%n dossiers d&apos;analyses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Conserver le patient B : %1 — %2 (%n dossier(s) d&apos;analyses)</source>
        <translation>
            <numerusform>Conserver le patient B : %1 — %2 (%n dossier d&apos;analyses)</numerusform>
            <numerusform>Conserver le patient B : %1 — %2 (%n dossiers d&apos;analyses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Après la fusion : %1 conservé avec une identité %2 ; %n dossier(s) d&apos;analyses de %3 lui seront rattachés ; %3 ne sera plus proposé dans les recherches.</source>
        <translation>
            <numerusform>Après la fusion : %1 conservé avec une identité %2 ; %n dossier d&apos;analyses de %3 lui sera rattaché ; %3 ne sera plus proposé dans les recherches.</numerusform>
            <numerusform>Après la fusion : %1 conservé avec une identité %2 ; %n dossiers d&apos;analyses de %3 lui seront rattachés ; %3 ne sera plus proposé dans les recherches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Fusion enregistrée : %1 fusionné dans %2 ; %n dossier(s) d&apos;analyses rattaché(s).</source>
        <translation>
            <numerusform>Fusion enregistrée : %1 fusionné dans %2 ; %n dossier d&apos;analyses rattaché.</numerusform>
            <numerusform>Fusion enregistrée : %1 fusionné dans %2 ; %n dossiers d&apos;analyses rattachés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::ReceptionView</name>
    <message numerus="yes">
        <location filename="../../src/app/reception/ReceptionView.cpp" line="+222"/>
        <source>%n patient(s) trouvé(s).</source>
        <translation>
            <numerusform>%n patient trouvé.</numerusform>
            <numerusform>%n patients trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::ValidationResultsModel</name>
    <message numerus="yes">
        <location filename="../../src/app/validation/ValidationResultsModel.cpp" line="+264"/>
        <source> (%n repasse(s))</source>
        <translation>
            <numerusform> (%n repasse)</numerusform>
            <numerusform> (%n repasses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::domain</name>
    <message numerus="yes">
        <location filename="../../src/domain/catalogue/DeltaRule.cpp" line="+53"/>
        <source>Δ ≥ %1 en %n jour(s)</source>
        <translation>
            <numerusform>Δ ≥ %1 en %n jour</numerusform>
            <numerusform>Δ ≥ %1 en %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/domain/lab/DeltaCheck.cpp" line="+43"/>
        <source>%n heure(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Pas de contrôle delta : aucune antériorité dans les %n dernier(s) jour(s).</source>
        <translation>
            <numerusform>Pas de contrôle delta : aucune antériorité dans le dernier jour.</numerusform>
            <numerusform>Pas de contrôle delta : aucune antériorité dans les %n derniers jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::workflow</name>
    <message numerus="yes">
        <location filename="../../src/workflow/validation/ValidationDossierView.cpp" line="+61"/>
        <source>%n jour(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mois</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n an(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workflow/dispatch/MailboxPoll.cpp" line="+246"/>
        <source>%n compte(s) rendu(s) de sous-traitant importé(s).</source>
        <translation>
            <numerusform>%n compte rendu de sous-traitant importé.</numerusform>
            <numerusform>%n comptes rendus de sous-traitant importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workflow/directory/RppsOnlineCheck.cpp" line="+53"/>
        <source>RPPS %1 : %2, en activité selon l&apos;Annuaire Santé en ligne (%n activité(s)).</source>
        <translation>
            <numerusform>RPPS %1 : %2, en activité selon l&apos;Annuaire Santé en ligne (%n activité).</numerusform>
            <numerusform>RPPS %1 : %2, en activité selon l&apos;Annuaire Santé en ligne (%n activités).</numerusform>
        </translation>
    </message>
</context>
</TS>
