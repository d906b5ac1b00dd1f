<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="66"/>
        <source>L&apos;adresse de la base doit commencer par sqlite:// ou postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="70"/>
        <source>L&apos;adresse SQLite doit indiquer un chemin de fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="73"/>
        <source>L&apos;adresse PostgreSQL doit indiquer un serveur et une base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="77"/>
        <source>Le délai de verrouillage doit être compris entre %1 et %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="83"/>
        <source>Langue inconnue : « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="87"/>
        <source>Le numéro FINESS doit comporter 9 caractères (chiffres, 2A ou 2B pour la Corse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="93"/>
        <source>Le téléphone du laboratoire doit comporter au moins 10 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="100"/>
        <source>L&apos;adresse du service INSi doit être une URL http:// ou https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="9"/>
        <source>Connexion – SGL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="18"/>
        <source>Système de gestion de laboratoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="34"/>
        <source>&amp;Identifiant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="51"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="9"/>
        <source>SGL – Laboratoire de biologie médicale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="52"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="63"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="73"/>
        <source>&amp;Paramètres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="78"/>
        <source>&amp;Verrouiller le poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="86"/>
        <source>Se &amp;déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="91"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="99"/>
        <source>À &amp;propos de SGL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPolicy</name>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="54"/>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="56"/>
        <source>Paillasse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="58"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="60"/>
        <source>Comptes rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="62"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="64"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="9"/>
        <source>Paramètres du poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="16"/>
        <source>&amp;Général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="22"/>
        <source>&amp;Base de données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="32"/>
        <source>sqlite:///chemin/vers/sgl.sqlite ou postgresql://utilisateur@serveur:5432/base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="39"/>
        <source>&amp;Verrouillage après :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="49"/>
        <source> min d&apos;inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="56"/>
        <source>&amp;Langue :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="70"/>
        <source>Service &amp;INSi :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="80"/>
        <source>http://127.0.0.1:8443/insi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="88"/>
        <source>&amp;Laboratoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="94"/>
        <source>&amp;Nom du laboratoire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="108"/>
        <source>N° &amp;FINESS :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="125"/>
        <source>&amp;Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="139"/>
        <source>&amp;Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="157"/>
        <source>La base de données et la langue sont prises en compte au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/UnlockDialog.ui" line="9"/>
        <location filename="../../ui/UnlockDialog.ui" line="15"/>
        <source>Poste verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnlockDialog.ui" line="34"/>
        <source>&amp;Identifiant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/UnlockDialog.ui" line="51"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sgl::app::LoginDialog</name>
    <message>
        <location filename="../../src/app/LoginDialog.cpp" line="19"/>
        <source>Se &amp;connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/LoginDialog.cpp" line="20"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/LoginDialog.cpp" line="45"/>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sgl::app::MainWindow</name>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="47"/>
        <source>Poste verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="48"/>
        <source>Authentifiez-vous pour reprendre le travail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="49"/>
        <source>Aucun écran disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="50"/>
        <source>Vos rôles ne donnent accès à aucun écran de ce poste. Adressez-vous à un administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="59"/>
        <source>Base : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="91"/>
        <source> (consultation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="98"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="113"/>
        <source>Aucun utilisateur connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="191"/>
        <source>À propos de SGL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="192"/>
        <source>&lt;b&gt;SGL %1&lt;/b&gt;&lt;br&gt;Système de gestion de laboratoire de biologie médicale, logiciel libre.&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sgl::app::SettingsDialog</name>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="15"/>
        <source>Langue du système</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sgl::app::UnlockDialog</name>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="25"/>
        <source>Le poste a été verrouillé après une période d&apos;inactivité. Session de %1 : saisissez son mot de passe, ou un administrateur peut reprendre le poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="29"/>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="31"/>
        <source>&amp;Fermer la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="61"/>
        <source>Saisissez l&apos;identifiant et le mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="73"/>
        <source>Seul l&apos;utilisateur de la session ou un administrateur peut déverrouiller ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
