<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AdministrationView</name>
    <message>
        <location filename="../../ui/AdministrationView.ui" line="+12"/>
        <source>Administration – comptes du personnel</source>
        <translation>Administration – staff accounts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Nouveau compte…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rôles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mot de passe…</source>
        <translation>&amp;Password…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Désactiver</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dé&amp;bloquer</source>
        <translation>Un&amp;block</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;ctualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="+66"/>
        <source>L&apos;adresse de la base doit commencer par sqlite:// ou postgresql://.</source>
        <translation>The database address must start with sqlite:// or postgresql://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L&apos;adresse SQLite doit indiquer un chemin de fichier.</source>
        <translation>The SQLite address must give a file path.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;adresse PostgreSQL doit indiquer un serveur et une base.</source>
        <translation>The PostgreSQL address must give a server and a database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le délai de verrouillage doit être compris entre %1 et %2 minutes.</source>
        <translation>The lock delay must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Langue inconnue : « %1 ».</source>
        <translation>Unknown language: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le numéro FINESS doit comporter 9 caractères (chiffres, 2A ou 2B pour la Corse).</source>
        <translation>The FINESS number must have 9 characters (digits, 2A or 2B for Corsica).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le téléphone du laboratoire doit comporter au moins 10 chiffres.</source>
        <translation>The laboratory phone number must have at least 10 digits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L&apos;adresse du service INSi doit être une URL http:// ou https://.</source>
        <translation>The INSi service address must be an http:// or https:// URL.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="+9"/>
        <source>Connexion – SGL</source>
        <translation>Sign in – SGL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Système de gestion de laboratoire</source>
        <translation>Laboratory information system</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+9"/>
        <source>SGL – Laboratoire de biologie médicale</source>
        <translation>SGL – Medical biology laboratory</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verrouiller le poste</source>
        <translation>&amp;Lock the workstation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>À &amp;propos de SGL</source>
        <translation>&amp;About SGL</translation>
    </message>
</context>
<context>
    <name>NavigationPolicy</name>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="+69"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comptes rendus</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="+9"/>
        <source>Paramètres du poste</source>
        <translation>Workstation settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Base de données :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sqlite:///chemin/vers/sgl.sqlite ou postgresql://utilisateur@serveur:5432/base</source>
        <translation>sqlite:///path/to/sgl.sqlite or postgresql://user@server:5432/database</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verrouillage après :</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min d&apos;inactivité</source>
        <translation> min of inactivity</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service &amp;INSi :</source>
        <translation>&amp;INSi service:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>http://127.0.0.1:8443/insi</source>
        <translation>http://127.0.0.1:8443/insi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Laboratoire</source>
        <translation>&amp;Laboratory</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nom du laboratoire :</source>
        <translation>Laboratory &amp;name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>N° &amp;FINESS :</source>
        <translation>&amp;FINESS number:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La base de données et la langue sont prises en compte au prochain démarrage.</source>
        <translation>The database and the language take effect at the next start.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/UnlockDialog.ui" line="+9"/>
        <location line="+6"/>
        <source>Poste verrouillé</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../ui/UserEditDialog.ui" line="+9"/>
        <source>Compte utilisateur</source>
        <translation>User account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Nom affiché :</source>
        <translation>Display &amp;name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>N° &amp;RPPS :</source>
        <translation>&amp;RPPS number:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>11 chiffres, obligatoire pour un biologiste</source>
        <translation>11 digits, required for a biologist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rôles :</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Secrétaire</source>
        <translation>&amp;Secretary</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Technicien</source>
        <translation>&amp;Technician</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bio&amp;logiste</source>
        <translation>Bio&amp;logist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Administrateur</source>
        <translation>&amp;Administrator</translation>
    </message>
</context>
<context>
    <name>sgl::app::AdministrationView</name>
    <message>
        <location filename="../../src/app/AdministrationView.cpp" line="+91"/>
        <source>&amp;Réactiver</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Désactiver</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Modification enregistrée.</source>
        <translation>Change saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compte %1 réactivé.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte %1 désactivé.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compte %1 débloqué.</source>
        <translation>Account %1 unblocked.</translation>
    </message>
</context>
<context>
    <name>sgl::app::Application</name>
    <message>
        <location filename="../../src/app/Application.cpp" line="+47"/>
        <source>Argument inattendu : %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lang attend fr ou en, pas « %1 ».</source>
        <translation>--lang expects fr or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>SGL – base de données</source>
        <translation>SGL – database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impossible d&apos;ouvrir la base de données :
%1

Vérifiez l&apos;adresse dans les paramètres du poste (%2) ou la variable SGL_DB_URL.</source>
        <translation>Cannot open the database:
%1

Check the address in the workstation settings (%2) or the SGL_DB_URL variable.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les paramètres n&apos;ont pas pu être enregistrés dans %1.</source>
        <translation>The settings could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>sgl::app::CatalogueTreeModel</name>
    <message>
        <location filename="../../src/app/CatalogueTreeModel.cpp" line="+143"/>
        <source>Sans chapitre</source>
        <translation>No chapter</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOINC</source>
        <translation>LOINC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échantillon</source>
        <translation>Specimen</translation>
    </message>
</context>
<context>
    <name>sgl::app::IdentityStatusBadge</name>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="+23"/>
        <source> · douteuse</source>
        <translation> · doubtful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identité douteuse : ne peut être ni validée ni qualifiée.</source>
        <translation>Doubtful identity: can be neither validated nor qualified.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · fictive</source>
        <translation> · fictitious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identité fictive : ne peut être ni validée ni qualifiée.</source>
        <translation>Fictitious identity: can be neither validated nor qualified.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identité provisoire</source>
        <translation>Provisional identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identité récupérée</source>
        <translation>Retrieved identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identité validée</source>
        <translation>Validated identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identité qualifiée</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ni INS vérifié par INSi, ni pièce d&apos;identité à haut niveau de confiance.</source>
        <translation>neither an INS checked through INSi nor a high-trust identity document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INS obtenu par INSi, pièce d&apos;identité à haut niveau de confiance à contrôler.</source>
        <translation>INS obtained through INSi; a high-trust identity document remains to be checked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pièce d&apos;identité contrôlée, INS à obtenir par INSi.</source>
        <translation>identity document checked; the INS remains to be obtained through INSi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INS vérifié et pièce contrôlée : l&apos;INS peut être utilisé et transmis.</source>
        <translation>INS checked and document verified: the INS may be used and sent.</translation>
    </message>
</context>
<context>
    <name>sgl::app::LoginDialog</name>
    <message>
        <location filename="../../src/app/LoginDialog.cpp" line="+19"/>
        <source>Se &amp;connecter</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation>Enter your login and password.</translation>
    </message>
</context>
<context>
    <name>sgl::app::MainWindow</name>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="+47"/>
        <source>Poste verrouillé</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentifiez-vous pour reprendre le travail.</source>
        <translation>Sign in to resume work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun écran disponible</source>
        <translation>No screen available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vos rôles ne donnent accès à aucun écran de ce poste. Adressez-vous à un administrateur.</source>
        <translation>Your roles give access to no screen of this workstation. Please contact an administrator.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (consultation)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aucun utilisateur connecté</source>
        <translation>No user signed in</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>À propos de SGL</source>
        <translation>About SGL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;SGL %1&lt;/b&gt;&lt;br&gt;Système de gestion de laboratoire de biologie médicale, logiciel libre.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;SGL %1&lt;/b&gt;&lt;br&gt;Medical biology laboratory information system, free software.&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>sgl::app::PatientListModel</name>
    <message>
        <location filename="../../src/app/PatientListModel.cpp" line="+18"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+96"/>
        <source> (douteuse)</source>
        <translation> (doubtful)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (fictive)</source>
        <translation> (fictitious)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>IPP</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom utilisé</source>
        <translation>Used name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Né(e) le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INS</source>
        <translation>INS</translation>
    </message>
</context>
<context>
    <name>sgl::app::ReportVersionModel</name>
    <message>
        <location filename="../../src/app/ReportVersionModel.cpp" line="+36"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Émis</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remplacé</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retiré</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>V%1 (rectificatif)</source>
        <translation>V%1 (amended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V%1</source>
        <translation>V%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partiel</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complet</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signé par</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motif de la rectification</source>
        <translation>Reason for amendment</translation>
    </message>
</context>
<context>
    <name>sgl::app::SettingsDialog</name>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="+15"/>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>sgl::app::UnlockDialog</name>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="+25"/>
        <source>Le poste a été verrouillé après une période d&apos;inactivité. Session de %1 : saisissez son mot de passe, ou un administrateur peut reprendre le poste.</source>
        <translation>The workstation was locked after a period of inactivity. Session of %1: enter their password, or an administrator may take over the workstation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fermer la session</source>
        <translation>&amp;Close the session</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saisissez l&apos;identifiant et le mot de passe.</source>
        <translation>Enter the login and password.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seul l&apos;utilisateur de la session ou un administrateur peut déverrouiller ce poste.</source>
        <translation>Only the session&apos;s user or an administrator may unlock this workstation.</translation>
    </message>
</context>
<context>
    <name>sgl::app::UserEditDialog</name>
    <message>
        <location filename="../../src/app/UserEditDialog.cpp" line="+44"/>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rôles de %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nouveau mot de passe de %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Les deux mots de passe saisis sont différents.</source>
        <translation>The two passwords typed differ.</translation>
    </message>
</context>
<context>
    <name>sgl::app::UserListModel</name>
    <message>
        <location filename="../../src/app/UserListModel.cpp" line="+63"/>
        <source>Désactivé</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bloqué jusqu&apos;à %1</source>
        <translation>Blocked until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dernière connexion</source>
        <translation>Last login</translation>
    </message>
</context>
</TS>
