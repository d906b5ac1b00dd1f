#include "interop/cda/CdaPatientMatcher.h"

#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaOids.h"
#include "interop/cda/ErrorCodes.h"

namespace sgl::interop::cda {

namespace {

const xml::XmlNamespaces kNs{{QStringLiteral("h"), QString::fromLatin1(oid::kHl7Namespace)}};

domain::Status mismatch(const QString &what)
{
    return domain::fail(errc::PatientMismatch,
                        QStringLiteral("Le document reçu concerne un autre patient : %1.").arg(what),
                        QStringLiteral("/ClinicalDocument/recordTarget"));
}

QString str(const xml::XmlDocument &doc, const char *xpath)
{
    auto r = doc.evaluateString(QString::fromLatin1(xpath), kNs);
    return r ? r->trimmed() : QString();
}

} // namespace

QString CdaPatientMatcher::normalise(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

domain::Status CdaPatientMatcher::check(const xml::XmlDocument &cda, const domain::Patient &expected)
{
    static const QStringList insRoots{QString::fromLatin1(oid::kInsNir), QString::fromLatin1(oid::kInsNia),
                                      QString::fromLatin1(oid::kInsNirTest), QString::fromLatin1(oid::kInsNirDemo)};
    QString docIns;
    auto ids = cda.select(QStringLiteral("/h:ClinicalDocument/h:recordTarget/h:patientRole/h:id"), kNs);
    if (ids) {
        for (const xml::XmlNode &id : *ids)
            if (insRoots.contains(id.attribute(QStringLiteral("root"))))
                docIns = id.attribute(QStringLiteral("extension")).trimmed();
    }
    const QString docBirth = str(cda, "string(/h:ClinicalDocument/h:recordTarget/h:patientRole/h:patient/h:birthTime/@value)");
    const QString ourBirth = CdaFormat::birthTime(expected.traits);
    if (!docIns.isEmpty() && expected.insUsable()) {
        if (docIns != expected.ins.full())
            return mismatch(QStringLiteral("INS différent"));
        if (!docBirth.isEmpty() && !ourBirth.isEmpty() && docBirth.left(8) != ourBirth.left(8))
            return mismatch(QStringLiteral("INS identique mais date de naissance différente"));
        return {};
    }
    QString family = str(cda, "string(/h:ClinicalDocument/h:recordTarget/h:patientRole/h:patient/h:name/h:family[@qualifier='BR'])");
    if (family.isEmpty())
        family = str(cda, "string(/h:ClinicalDocument/h:recordTarget/h:patientRole/h:patient/h:name/h:family[1])");
    if (family.isEmpty() || docBirth.isEmpty())
        return domain::fail(errc::PatientMismatch,
                            QStringLiteral("Le document reçu n'identifie pas assez le patient (nom de naissance et date de naissance requis sans INS)."),
                            QStringLiteral("/ClinicalDocument/recordTarget"));
    const QString ourFamily = expected.traits.birthName.isEmpty() ? expected.traits.usedName : expected.traits.birthName;
    if (normalise(family) != normalise(ourFamily))
        return mismatch(QStringLiteral("nom de naissance différent (%1)").arg(family));
    if (ourBirth.isEmpty() || docBirth.left(8) != ourBirth.left(8))
        return mismatch(QStringLiteral("date de naissance différente"));
    const QString sex = str(cda, "string(/h:ClinicalDocument/h:recordTarget/h:patientRole/h:patient/h:administrativeGenderCode/@code)");
    const QString ourSex = domain::sexCode(expected.traits.sex);
    if ((sex == QLatin1String("F") || sex == QLatin1String("M")) && (ourSex == QLatin1String("F") || ourSex == QLatin1String("M"))
        && sex != ourSex)
        return mismatch(QStringLiteral("sexe différent"));
    return {};
}

} // namespace sgl::interop::cda
