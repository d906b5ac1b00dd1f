#include "interop/directory/DirectoryFileFormat.h"

#include "interop/directory/PersonneActiviteFormat.h"
#include "interop/directory/Windows1252.h"

#include <QStringDecoder>

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;

namespace {

const QStringList kPerson{u"Type d'identifiant PP"_s, u"Identifiant PP"_s, u"Identification nationale PP"_s,
                          u"Nom d'exercice"_s, u"Prénom d'exercice"_s};

} // namespace

const QStringList &DirectoryFileFormat::header(DirectoryFileKind kind)
{
    static const QStringList skills = kPerson
        + QStringList{u"Code profession"_s,        u"Libellé profession"_s,       u"Code catégorie professionnelle"_s,
                      u"Libellé catégorie professionnelle"_s, u"Code type savoir-faire"_s, u"Libellé type savoir-faire"_s,
                      u"Code savoir-faire"_s,      u"Libellé savoir-faire"_s};
    static const QStringList diplomas = kPerson
        + QStringList{u"Code type diplôme obtenu"_s, u"Libellé type diplôme obtenu"_s, u"Code diplôme obtenu"_s,
                      u"Libellé diplôme obtenu"_s,   u"Code type autorisation"_s,      u"Libellé type autorisation"_s,
                      u"Code discipline autorisation"_s, u"Libellé discipline autorisation"_s};
    static const QStringList mailboxes{u"Type de BAL"_s,
                                       u"Adresse BAL"_s,
                                       u"Type Identifiant PP"_s,
                                       u"Identifiant PP"_s,
                                       u"Identification nationale PP"_s,
                                       u"Type identifiant structure"_s,
                                       u"Identification Structure"_s,
                                       u"Service de rattachement"_s,
                                       u"Civilité d'exercice"_s,
                                       u"Nom d'exercice"_s,
                                       u"Prénom d'exercice"_s,
                                       u"Catégorie profession"_s,
                                       u"Libellé de catégorie profession"_s,
                                       u"Code Profession"_s,
                                       u"Libellé Profession"_s,
                                       u"Code savoir-faire"_s,
                                       u"Libellé savoir-faire"_s,
                                       u"Dématérialisation"_s,
                                       u"Raison Sociale structure BAL"_s,
                                       u"Enseigne commerciale structure BAL"_s,
                                       u"L2COMPLEMENTLOCALISATION structure BAL"_s,
                                       u"L3COMPLEMENTDISTRIBUTION structure BAL"_s,
                                       u"L4NUMEROVOIE structure BAL"_s,
                                       u"L4COMPLEMENTNUMEROVOIE structure BAL"_s,
                                       u"NL4TYPEVOIE structure BAL"_s,
                                       u"L4LIBELLEVOIE structure BAL"_s,
                                       u"L5LIEUDITMENTION structure BAL"_s,
                                       u"L6LIGNEACHEMINEMENT structure BAL"_s,
                                       u"Code postal structure BAL"_s,
                                       u"Département structure BAL"_s,
                                       u"Pays structure BAL"_s};
    switch (kind) {
    case DirectoryFileKind::PersonneActivite:
        return PersonneActiviteFormat::header();
    case DirectoryFileKind::SavoirFaire:
        return skills;
    case DirectoryFileKind::DiplAutExerc:
        return diplomas;
    case DirectoryFileKind::MssanteMailboxes:
        return mailboxes;
    }
    return PersonneActiviteFormat::header();
}

QString DirectoryFileFormat::name(DirectoryFileKind kind)
{
    switch (kind) {
    case DirectoryFileKind::PersonneActivite:
        return u"PS_LibreAcces_Personne_activite"_s;
    case DirectoryFileKind::SavoirFaire:
        return u"PS_LibreAcces_SavoirFaire"_s;
    case DirectoryFileKind::DiplAutExerc:
        return u"PS_LibreAcces_Dipl_AutExerc"_s;
    case DirectoryFileKind::MssanteMailboxes:
        return u"Extraction_Correspondance_MSSante"_s;
    }
    return {};
}

const QList<DirectoryFileKind> &DirectoryFileFormat::kinds()
{
    static const QList<DirectoryFileKind> all{DirectoryFileKind::PersonneActivite, DirectoryFileKind::SavoirFaire,
                                              DirectoryFileKind::DiplAutExerc, DirectoryFileKind::MssanteMailboxes};
    return all;
}

DirectoryFileKind DirectoryFileFormat::recognise(const QByteArray &headerLine)
{
    QByteArray raw = headerLine;
    while (raw.endsWith('\n') || raw.endsWith('\r'))
        raw.chop(1);
    QString text;
    if (raw.startsWith("\xEF\xBB\xBF")) {
        text = QString::fromUtf8(raw.mid(3));
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8(raw);
        if (utf8.hasError() && Windows1252::decode(raw, text) >= 0)
            return DirectoryFileKind::PersonneActivite; // the reader reports the encoding error
    }
    QStringList names = text.split(u'|');
    if (names.size() > 1 && names.last().isEmpty())
        names.removeLast();
    DirectoryFileKind best = DirectoryFileKind::PersonneActivite;
    int bestRun = -1;
    for (DirectoryFileKind kind : kinds()) {
        // Columns in their published place: a header wrong at one column (even the sixth, after
        // the five identity columns the 13-column files share with Personne_activite) still goes
        // to its own kind, whose reader then names that column.
        const QStringList &expected = header(kind);
        int run = 0;
        for (qsizetype i = 0; i < expected.size() && i < names.size(); ++i)
            run += names[i].trimmed() == expected[i] ? 1 : 0;
        if (run > bestRun) {
            bestRun = run;
            best = kind;
        }
    }
    return best;
}

} // namespace sgl::interop::directory
