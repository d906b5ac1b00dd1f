#include "interop/insi/InsiResponseParser.h"

#include "domain/identity/InsOid.h"
#include "domain/identity/NirKey.h"
#include "interop/insi/ErrorCodes.h"
#include "interop/insi/Tr.h"
#include "interop/xml/XmlDocument.h"

#include <QRegularExpression>

namespace sgl::interop::insi {

using domain::fail;
using xml::XmlNode;

namespace {

const QString kSoapNs = QString::fromLatin1(ns::kSoap);
const QString kResNs = QString::fromLatin1(ns::kResultat);

std::unexpected<domain::Error> malformed(const QString &what, const XmlNode &where)
{
    return fail(errc::MalformedResponse, Tr::tr("Réponse INSi incorrecte : %1").arg(what),
                where.isNull() ? Tr::tr("réponse INSi")
                               : QStringLiteral("%1 (ligne %2)").arg(where.path()).arg(where.line()));
}

domain::Result<InsiIdentifier> readIdentifier(const XmlNode &node, bool useTestOids)
{
    static const QRegularExpression numRe(QStringLiteral("^\\d{6}[A-Za-z0-9]\\d{6}$"));
    static const QRegularExpression keyRe(QStringLiteral("^\\d{2}$"));
    const XmlNode id = node.firstChild(kResNs, QStringLiteral("IdIndividu"));
    const QString num = id.childText(kResNs, QStringLiteral("NumIdentifiant")).trimmed();
    const QString key = id.childText(kResNs, QStringLiteral("Cle")).trimmed();
    const QString oid = node.childText(kResNs, QStringLiteral("OID")).trimmed();
    if (id.isNull() || !numRe.match(num).hasMatch())
        return malformed(Tr::tr("matricule INS absent ou mal formé « %1 »").arg(num), id.isNull() ? node : id);
    if (!keyRe.match(key).hasMatch())
        return malformed(Tr::tr("clé INS absente ou mal formée « %1 »").arg(key), id);
    const auto kind = domain::insKindFromOid(oid);
    if (!kind)
        return malformed(Tr::tr("OID d'INS inconnu « %1 »").arg(oid), node);
    InsiIdentifier out;
    out.ins.matricule = num.toUpper();
    out.ins.key = key;
    out.returnedOid = oid;
    out.ins.oid = useTestOids ? domain::insOidFor(*kind, true) : oid;
    const QString deb = node.childText(kResNs, QStringLiteral("DateDeb")).trimmed();
    const QString fin = node.childText(kResNs, QStringLiteral("DateFin")).trimmed();
    out.ins.validFrom = QDate::fromString(deb, Qt::ISODate);
    out.ins.validTo = QDate::fromString(fin, Qt::ISODate);
    if ((!deb.isEmpty() && !out.ins.validFrom.isValid()) || (!fin.isEmpty() && !out.ins.validTo.isValid()))
        return malformed(Tr::tr("date de validité d'INS invalide"), node);
    out.keyValid = domain::NirKey::check(out.ins.matricule, out.ins.key).has_value();
    return out;
}

domain::Result<domain::IdentityTraits> readTraits(const XmlNode &tiq)
{
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    domain::IdentityTraits t;
    t.birthName = tiq.childText(kResNs, QStringLiteral("NomNaissance")).trimmed();
    const QString list = tiq.childText(kResNs, QStringLiteral("ListePrenom")).trimmed();
    t.birthFirstNames = list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    t.firstBirthName = tiq.childText(kResNs, QStringLiteral("Prenom")).trimmed();
    if (t.firstBirthName.isEmpty() && !t.birthFirstNames.isEmpty())
        t.firstBirthName = t.birthFirstNames.first();
    if (t.birthFirstNames.isEmpty() && !t.firstBirthName.isEmpty())
        t.birthFirstNames = {t.firstBirthName};
    if (t.birthName.isEmpty())
        return malformed(Tr::tr("nom de naissance absent des traits"), tiq);
    if (t.firstBirthName.isEmpty())
        return malformed(Tr::tr("prénom absent des traits"), tiq);
    const auto sex = domain::sexFromCode(tiq.childText(kResNs, QStringLiteral("Sexe")).trimmed());
    if (!sex || *sex == domain::Sex::Unknown)
        return malformed(Tr::tr("sexe absent ou invalide dans les traits"), tiq);
    t.sex = *sex;
    t.birthDateRaw = tiq.childText(kResNs, QStringLiteral("DateNaissance")).trimmed();
    if (!dateRe.match(t.birthDateRaw).hasMatch())
        return malformed(Tr::tr("date de naissance invalide « %1 »").arg(t.birthDateRaw), tiq);
    t.birthDate = QDate::fromString(t.birthDateRaw, Qt::ISODate); // invalid for partial dates
    t.birthPlaceCog = tiq.childText(kResNs, QStringLiteral("LieuNaissance")).trimmed();
    return t;
}

std::optional<InsiFault> readFault(const XmlNode &body)
{
    const XmlNode f = body.firstChild(kSoapNs, QStringLiteral("Fault"));
    if (f.isNull())
        return std::nullopt;
    InsiFault out;
    const XmlNode code = f.firstChild(kSoapNs, QStringLiteral("Code"));
    out.code = code.childText(kSoapNs, QStringLiteral("Value")).trimmed();
    out.subcode = code.firstChild(kSoapNs, QStringLiteral("Subcode")).childText(kSoapNs, QStringLiteral("Value")).trimmed();
    out.reason = f.firstChild(kSoapNs, QStringLiteral("Reason")).childText(kSoapNs, QStringLiteral("Text")).trimmed();
    const XmlNode err = f.firstChild(kSoapNs, QStringLiteral("Detail"))
                            .firstChild(QString::fromLatin1(ns::kSiram), QStringLiteral("Erreur"));
    out.errorCode = err.attribute(QStringLiteral("code")).trimmed();
    out.severity = err.attribute(QStringLiteral("severite")).trimmed();
    out.detail = err.text().trimmed();
    return out;
}

} // namespace

std::optional<InsiFault> InsiResponseParser::fault(const QByteArray &body)
{
    auto doc = xml::XmlDocument::parse(body, QStringLiteral("réponse INSi"));
    if (!doc)
        return std::nullopt;
    return readFault(doc->root().firstChild(kSoapNs, QStringLiteral("Body")));
}

domain::Result<InsiResult> InsiResponseParser::parse(const QByteArray &body, int httpStatus, bool useTestOids)
{
    if (body.trimmed().isEmpty())
        return fail(httpStatus == 200 ? QString(errc::MalformedResponse) : QString(errc::HttpStatus),
                    Tr::tr("Réponse INSi vide (statut HTTP %1).").arg(httpStatus), Tr::tr("réponse INSi"));
    auto doc = xml::XmlDocument::parse(body, QStringLiteral("réponse INSi"));
    if (!doc) {
        if (httpStatus != 200)
            return fail(errc::HttpStatus,
                        Tr::tr("Le service INSi a répondu avec le statut HTTP %1 sans message exploitable.").arg(httpStatus),
                        doc.error().location);
        return fail(errc::MalformedResponse,
                    Tr::tr("Réponse INSi illisible (XML mal formé) : %1").arg(doc.error().message), doc.error().location);
    }
    const XmlNode root = doc->root();
    if ((root.localName() != QLatin1String("Envelope") || root.namespaceUri() != kSoapNs) && httpStatus != 200)
        return fail(errc::HttpStatus,
                    Tr::tr("Le service INSi a répondu avec le statut HTTP %1 sans message SOAP.").arg(httpStatus),
                    Tr::tr("réponse INSi"));
    if (root.localName() != QLatin1String("Envelope") || root.namespaceUri() != kSoapNs)
        return malformed(Tr::tr("ce n'est pas une enveloppe SOAP 1.2 (élément racine « %1 »)").arg(root.localName()), root);
    const XmlNode soapBody = root.firstChild(kSoapNs, QStringLiteral("Body"));
    if (soapBody.isNull())
        return malformed(Tr::tr("corps SOAP absent"), root);
    if (auto f = readFault(soapBody))
        return std::unexpected(f->toError());
    if (httpStatus != 200)
        return fail(errc::HttpStatus,
                    Tr::tr("Le service INSi a répondu avec le statut HTTP %1.").arg(httpStatus), Tr::tr("réponse INSi"));
    const XmlNode res = soapBody.firstChild(kResNs, QStringLiteral("RESULTAT"));
    if (res.isNull())
        return malformed(Tr::tr("élément RESULTAT absent"), soapBody);
    const XmlNode cr = res.firstChild(kResNs, QStringLiteral("CR"));
    InsiResult out;
    out.codeCr = cr.childText(kResNs, QStringLiteral("CodeCR")).trimmed();
    out.labelCr = cr.childText(kResNs, QStringLiteral("LibelleCR")).trimmed();
    if (out.codeCr == QLatin1String("01")) {
        out.outcome = InsiOutcome::NotFound;
        return out;
    }
    if (out.codeCr == QLatin1String("02")) {
        out.outcome = InsiOutcome::Several;
        return out;
    }
    if (out.codeCr != QLatin1String("00"))
        return fail(errc::UnexpectedCode,
                    Tr::tr("Code compte rendu INSi inattendu « %1 » (%2).").arg(out.codeCr, out.labelCr),
                    cr.isNull() ? Tr::tr("réponse INSi") : cr.path());
    out.outcome = InsiOutcome::Found;
    const XmlNode ind = res.firstChild(kResNs, QStringLiteral("INDIVIDU"));
    if (ind.isNull())
        return malformed(Tr::tr("code 00 sans INDIVIDU"), res);
    const XmlNode activeNode = ind.firstChild(kResNs, QStringLiteral("INSACTIF"));
    if (activeNode.isNull())
        return malformed(Tr::tr("INS actif absent"), ind);
    InsiIndividual individual;
    auto active = readIdentifier(activeNode, useTestOids);
    if (!active)
        return std::unexpected(active.error());
    individual.active = *active;
    for (const XmlNode &h : ind.childElements(kResNs, QStringLiteral("INSHISTO"))) {
        auto id = readIdentifier(h, useTestOids);
        if (!id)
            return std::unexpected(id.error());
        individual.history.append(*id);
    }
    const XmlNode tiq = ind.firstChild(kResNs, QStringLiteral("TIQ"));
    if (tiq.isNull())
        return malformed(Tr::tr("traits d'identité (TIQ) absents"), ind);
    auto traits = readTraits(tiq);
    if (!traits)
        return std::unexpected(traits.error());
    individual.traits = *traits;
    out.individual = individual;
    return out;
}

} // namespace sgl::interop::insi
