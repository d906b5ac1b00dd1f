#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace sgl::app {

/**
 * Installs the user-interface language. Source strings are French; English comes from the
 * embedded ":/i18n/sgl_en.qm", French plural forms from ":/i18n/sgl_fr.qm". Qt's own strings
 * (standard buttons) follow the same language.
 */
class LanguageLoader : public QObject {
    Q_OBJECT
public:
    explicit LanguageLoader(QCoreApplication *app);

    /**
     * "fr" or "en": the explicit setting when it is one of these, otherwise "en" for an English
     * system locale and "fr" for anything else (French is the default UI).
     */
    [[nodiscard]] static QString chooseLanguage(const QString &setting, const QLocale &system);

    /** Installs `language` ("fr" or "en"), replacing what was installed; false if unknown. */
    bool install(const QString &language);
    [[nodiscard]] QString installed() const { return m_installed; }

private:
    void removeAll();

    QCoreApplication *m_app;
    QList<QTranslator *> m_translators;
    QString m_installed;
};

} // namespace sgl::app
