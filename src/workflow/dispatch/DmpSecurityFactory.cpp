#include "workflow/dispatch/DmpSecurityFactory.h"

#include "interop/dmp/SignedDmpSecurity.h"

#include <QRegularExpression>

namespace sgl::workflow::dispatch {

namespace {

QString rdn(const QString &subject, const QString &type)
{
    // RFC 2253: "TYPE=value" separated by unescaped commas.
    static const QRegularExpression split(QStringLiteral("(?<!\\\\),"));
    for (const QString &part : subject.split(split)) {
        const QString p = part.trimmed();
        if (p.startsWith(type + QLatin1Char('='), Qt::CaseInsensitive))
            return p.mid(type.size() + 1).remove(QLatin1Char('\\')).trimmed();
    }
    return {};
}

QString sanitized(QString v)
{
    static const QRegularExpression other(QStringLiteral("[^\\p{L}\\p{N}' -]"));
    return v.replace(other, QStringLiteral("-"));
}

} // namespace

void fillAuthorFallback(DmpSettings &settings, const QString &subject)
{
    if (settings.client.authorFallbackFamily.isEmpty())
        settings.client.authorFallbackFamily = sanitized(rdn(subject, QStringLiteral("O")));
    if (settings.client.authorFallbackGiven.isEmpty())
        settings.client.authorFallbackGiven = sanitized(rdn(subject, QStringLiteral("CN")));
}

domain::Result<std::shared_ptr<interop::dmp::DmpSecurity>> makeDmpSecurity(DmpSettings &settings)
{
    interop::dmp::VihfProfile profile;
    profile.nameId = settings.responsible;
    profile.structureId = settings.structureId;
    profile.subjectId = settings.subjectId;
    profile.lpsId = settings.lpsId;
    profile.lpsName = settings.lpsName;
    profile.lpsVersion = settings.lpsVersion;
    profile.lpsHomologationId = settings.lpsHomologation;
    if (!settings.activitySector.isEmpty())
        profile.activitySector = settings.activitySector;
    auto security = interop::dmp::SignedDmpSecurity::fromFiles(profile, settings.signingKeyPath, settings.signingCertificatePath,
                                                               settings.signingKeyPassword.toUtf8());
    if (!security)
        return std::unexpected(security.error());
    fillAuthorFallback(settings, (*security)->issuerSubject());
    return std::shared_ptr<interop::dmp::DmpSecurity>(std::move(*security));
}

} // namespace sgl::workflow::dispatch
