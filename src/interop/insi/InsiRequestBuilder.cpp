#include "interop/insi/InsiRequestBuilder.h"

#include "domain/identity/NameNormaliser.h"
#include "interop/insi/ErrorCodes.h"
#include "interop/insi/Tr.h"
#include "interop/xml/XmlElement.h"

#include <QRegularExpression>
#include <QUuid>

namespace sgl::interop::insi {

using domain::fail;
using xml::XmlElement;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QRegularExpression &dateRe()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re;
}

domain::Status checkDate(const QString &date, const QString &code)
{
    if (!dateRe().match(date).hasMatch())
        return fail(code, Tr::tr("Date de naissance invalide « %1 » : format attendu AAAA-MM-JJ (00 pour une partie inconnue).").arg(date),
                    QStringLiteral("DateNaissance"));
    const int month = date.mid(5, 2).toInt();
    const int day = date.mid(8, 2).toInt();
    if (month > 12 || day > 31)
        return fail(code, Tr::tr("Date de naissance invalide « %1 » : mois ou jour hors limites.").arg(date),
                    QStringLiteral("DateNaissance"));
    return {};
}

domain::Result<QString> insiName(const QString &name, const QString &code, const QString &field,
                                  const QString &label)
{
    const QString n = domain::NameNormaliser::forInsi(name);
    if (n.isEmpty())
        return fail(code, Tr::tr("%1 manquant ou sans lettre : « %2 »").arg(label, name), field);
    return n;
}

domain::Status checkContext(const InsiRequestContext &c)
{
    if (c.idam.trimmed().isEmpty() || c.messageId.isEmpty() || c.contextId.isEmpty() || !c.time.isValid())
        return fail(errc::QueryContext,
                    Tr::tr("Contexte d'appel INSi incomplet (numéro d'autorisation IDAM, identifiants ou horodatage manquants)."),
                    QStringLiteral("ContexteLPS"));
    return {};
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

XmlElement envelope(const InsiRequestContext &c, const char *action, XmlElement body)
{
    XmlElement env(QStringLiteral("soap:Envelope"));
    env.declareNamespace(QStringLiteral("soap"), QString::fromLatin1(ns::kSoap));
    env.declareNamespace(QStringLiteral("wsa"), QString::fromLatin1(ns::kWsa));
    env.declareNamespace(QStringLiteral("ctxlps"), QString::fromLatin1(ns::kCtxLps));
    env.declareNamespace(QStringLiteral("ctxbam"), QString::fromLatin1(ns::kCtxBam));
    XmlElement &header = env.append(XmlElement(QStringLiteral("soap:Header")));
    if (c.cpx) {
        XmlElement security(QStringLiteral("wsse:Security"));
        security.declareNamespace(QStringLiteral("wsse"), QString::fromLatin1(ns::kWsse));
        security.append(c.cpx->toElement());
        header.append(std::move(security));
    }

    XmlElement lps(QStringLiteral("ctxlps:ContexteLPS"));
    lps.setAttribute(QStringLiteral("Nature"), QStringLiteral("CTXLPS"));
    lps.setAttribute(QStringLiteral("Version"), QStringLiteral("01_00"));
    lps.addTextChild(QStringLiteral("ctxlps:Id"), c.contextId);
    lps.addTextChild(QStringLiteral("ctxlps:Temps"), timeText(c.time));
    lps.addTextChild(QStringLiteral("ctxlps:Emetteur"), c.emetteur);
    XmlElement &soft = lps.append(XmlElement(QStringLiteral("ctxlps:LPS")));
    soft.append(XmlElement(QStringLiteral("ctxlps:IDAM"), c.idam)).setAttribute(QStringLiteral("R"), c.idamR);
    soft.addTextChild(QStringLiteral("ctxlps:Version"), c.softwareVersion);
    soft.addTextChild(QStringLiteral("ctxlps:Instance"), c.instanceId);
    soft.addTextChild(QStringLiteral("ctxlps:Nom"),
                      QStringLiteral("urn:lps:%1:%2").arg(c.softwareName, c.softwareVersion));
    header.append(std::move(lps));

    header.addTextChild(QStringLiteral("wsa:MessageID"), QStringLiteral("uuid:") + c.messageId);
    header.append(XmlElement(QStringLiteral("wsa:Action"), QString::fromLatin1(action)))
        .setAttribute(QStringLiteral("soap:mustUnderstand"), QStringLiteral("true"));

    XmlElement bam(QStringLiteral("ctxbam:ContexteBAM"));
    bam.setAttribute(QStringLiteral("Version"), QStringLiteral("01_02"));
    bam.addTextChild(QStringLiteral("ctxbam:Id"), c.contextId);
    bam.addTextChild(QStringLiteral("ctxbam:Temps"), timeText(c.time));
    bam.addTextChild(QStringLiteral("ctxbam:Emetteur"), c.emetteur);
    bam.append(XmlElement(QStringLiteral("ctxbam:COUVERTURE")));
    header.append(std::move(bam));

    env.append(XmlElement(QStringLiteral("soap:Body"))).append(std::move(body));
    return env;
}

} // namespace

InsiRequestContext InsiRequestContext::makeDefault()
{
    InsiRequestContext c;
    c.messageId = uuid();
    c.contextId = uuid();
    c.time = QDateTime::currentDateTimeUtc();
    c.instanceId = uuid();
    c.softwareVersion = QStringLiteral("0.1.0");
    return c;
}

domain::Result<QByteArray> InsiRequestBuilder::traitsRequest(const InsiTraitsQuery &q,
                                                             const InsiRequestContext &c)
{
    if (auto st = checkContext(c); !st)
        return std::unexpected(st.error());
    auto name = insiName(q.birthName, QStringLiteral("insi.query_birth_name"), QStringLiteral("NomNaissance"),
                         Tr::tr("Nom de naissance"));
    if (!name)
        return std::unexpected(name.error());
    auto first = insiName(q.firstName, QStringLiteral("insi.query_first_name"), QStringLiteral("Prenom"),
                          Tr::tr("Prénom"));
    if (!first)
        return std::unexpected(first.error());
    if (q.sex != domain::Sex::Female && q.sex != domain::Sex::Male)
        return fail(errc::QuerySex,
                    Tr::tr("Le sexe doit être M ou F pour interroger INSi."), QStringLiteral("Sexe"));
    if (auto st = checkDate(q.birthDate, QStringLiteral("insi.query_birth_date")); !st)
        return std::unexpected(st.error());
    static const QRegularExpression cogRe(QStringLiteral("^[A-Za-z0-9]{5}$"));
    if (!q.birthPlaceCog.isEmpty() && !cogRe.match(q.birthPlaceCog).hasMatch())
        return fail(errc::QueryBirthPlace,
                    Tr::tr("Code COG du lieu de naissance invalide « %1 » (5 caractères).").arg(q.birthPlaceCog),
                    QStringLiteral("LieuNaissance"));

    XmlElement body(QStringLiteral("RECSANSVITALE"));
    body.declareNamespace(QString(), QString::fromLatin1(ns::kRecSans));
    body.addTextChild(QStringLiteral("NomNaissance"), *name);
    body.addTextChild(QStringLiteral("Prenom"), *first);
    body.addTextChild(QStringLiteral("Sexe"), domain::sexCode(q.sex));
    body.addTextChild(QStringLiteral("DateNaissance"), q.birthDate);
    if (!q.birthPlaceCog.isEmpty())
        body.addTextChild(QStringLiteral("LieuNaissance"), q.birthPlaceCog.toUpper());
    return envelope(c, kActionTraits, std::move(body)).toXml();
}

domain::Result<QByteArray> InsiRequestBuilder::vitaleRequest(const InsiVitaleQuery &q,
                                                             const InsiRequestContext &c)
{
    if (auto st = checkContext(c); !st)
        return std::unexpected(st.error());
    static const QRegularExpression matRe(QStringLiteral("^\\d{6}[AB0-9]\\d{6}$"));
    static const QRegularExpression keyRe(QStringLiteral("^\\d{2}$"));
    if (!matRe.match(q.matriculeOD).hasMatch() || !keyRe.match(q.cleOD).hasMatch())
        return fail(errc::QueryMatricule,
                    Tr::tr("Matricule de l'ouvrant droit invalide « %1 %2 ».").arg(q.matriculeOD, q.cleOD),
                    QStringLiteral("MatriculeOD"));
    if (!q.matriculeIndividu.isEmpty()
        && (!matRe.match(q.matriculeIndividu).hasMatch() || !keyRe.match(q.cleIndividu).hasMatch()))
        return fail(errc::QueryMatricule,
                    Tr::tr("Matricule du bénéficiaire invalide « %1 %2 ».").arg(q.matriculeIndividu, q.cleIndividu),
                    QStringLiteral("MatriculeIndividu"));
    auto name = insiName(q.birthName, QStringLiteral("insi.query_birth_name"), QStringLiteral("NomNaissance"),
                         Tr::tr("Nom de naissance"));
    if (!name)
        return std::unexpected(name.error());
    if (auto st = checkDate(q.birthDate, QStringLiteral("insi.query_birth_date")); !st)
        return std::unexpected(st.error());

    XmlElement body(QStringLiteral("RECVITALE"));
    body.declareNamespace(QString(), QString::fromLatin1(ns::kRecVit));
    if (!q.matriculeIndividu.isEmpty())
        body.append(XmlElement(QStringLiteral("MatriculeIndividu")))
            .addTextChild(QStringLiteral("NumIdentifiant"), q.matriculeIndividu)
            .addTextChild(QStringLiteral("Cle"), q.cleIndividu);
    body.append(XmlElement(QStringLiteral("MatriculeOD")))
        .addTextChild(QStringLiteral("NumIdentifiant"), q.matriculeOD)
        .addTextChild(QStringLiteral("Cle"), q.cleOD);
    body.addTextChild(QStringLiteral("NomNaissance"), *name);
    body.addTextChild(QStringLiteral("DateNaissance"), q.birthDate);
    if (!q.birthRank.isEmpty())
        body.addTextChild(QStringLiteral("RangNaissance"), q.birthRank);
    return envelope(c, kActionVitale, std::move(body)).toXml();
}

} // namespace sgl::interop::insi
