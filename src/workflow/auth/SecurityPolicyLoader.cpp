#include "workflow/auth/SecurityPolicyLoader.h"

#include "storage/DbConfig.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

domain::Result<domain::SecurityPolicy> loadSecurityPolicy(const QString &configFile)
{
    domain::SecurityPolicy policy;
    QString file = configFile;
    if (file.isEmpty()) {
        for (const QString &candidate : storage::DbConfig::configFileCandidates()) {
            if (QFileInfo::exists(candidate)) {
                file = candidate;
                break;
            }
        }
    }
    if (file.isEmpty() || !QFileInfo::exists(file))
        return policy;
    QSettings settings(file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return domain::fail(errc::ConfigSecurity,
                            Tr::tr("Fichier de configuration illisible."),
                            file);
    struct Key {
        const char *name;
        int *target;
        int min;
        int max;
    };
    const Key keys[] = {
        {"idle_lock_minutes", &policy.idleLockMinutes, 1, 240},
        {"max_failed_attempts", &policy.maxFailedAttempts, 3, 20},
        {"lockout_minutes", &policy.lockoutMinutes, 1, 1440},
        {"pbkdf2_iterations", &policy.pbkdf2Iterations,
         domain::SecurityPolicy::kMinimumPbkdf2Iterations, 10'000'000},
    };
    for (const Key &k : keys) {
        const QString key = u"security/"_s + QString::fromLatin1(k.name);
        if (!settings.contains(key))
            continue;
        bool ok = false;
        const int v = settings.value(key).toString().trimmed().toInt(&ok);
        if (!ok || v < k.min || v > k.max)
            return domain::fail(errc::ConfigSecurity,
                                Tr::tr("Valeur invalide pour [security] %1 : entier entre %2 et %3 "
                                    "attendu.")
                                    .arg(QString::fromLatin1(k.name))
                                    .arg(k.min)
                                    .arg(k.max),
                                file);
        *k.target = v;
    }
    if (const QString key = u"security/password_login_biologists"_s; settings.contains(key)) {
        const QString v = settings.value(key).toString().trimmed().toLower();
        if (v == u"true"_s || v == u"1"_s)
            policy.biologistPasswordLogin = true;
        else if (v == u"false"_s || v == u"0"_s)
            policy.biologistPasswordLogin = false;
        else
            return domain::fail(errc::ConfigSecurity,
                                Tr::tr("Valeur invalide pour [security] password_login_biologists : true ou false "
                                       "attendu."),
                                file);
    }
    return policy;
}

} // namespace sgl::workflow
