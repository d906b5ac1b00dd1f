#include "app/shell/LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sgl::app {

LanguageLoader::LanguageLoader(QCoreApplication *app) : QObject(app), m_app(app) {}

QString LanguageLoader::chooseLanguage(const QString &setting, const QLocale &system)
{
    if (setting == QStringLiteral("fr") || setting == QStringLiteral("en"))
        return setting;
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

bool LanguageLoader::install(const QString &language)
{
    if (language != QStringLiteral("fr") && language != QStringLiteral("en"))
        return false;
    removeAll();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QStringList files;
    if (language == QStringLiteral("en")) {
        files << QStringLiteral(":/i18n/sgl_en.qm");
    } else {
        // Our sources are French already: sgl_fr.qm only holds the plural forms; Qt's own
        // strings (standard buttons) come from qtbase_fr.qm.
        files << QStringLiteral(":/i18n/sgl_fr.qm") << qtDir + QStringLiteral("/qtbase_fr.qm");
    }
    for (const QString &file : files) {
        auto *translator = new QTranslator(this);
        if (translator->load(file) && m_app->installTranslator(translator)) {
            m_translators.append(translator);
        } else {
            delete translator;
            // A missing qtbase_fr.qm only leaves Qt's buttons in English; ours must be there.
            if (file.startsWith(QLatin1Char(':')))
                return false;
        }
    }
    // Numbers typed and shown by widgets (spin boxes) follow the UI language: decimal comma in
    // French whatever the system locale of the workstation.
    QLocale::setDefault(language == QStringLiteral("fr") ? QLocale(QLocale::French, QLocale::France)
                                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_installed = language;
    return true;
}

void LanguageLoader::removeAll()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        m_app->removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    m_installed.clear();
}

} // namespace sgl::app
