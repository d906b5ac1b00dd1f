#include "app/catalogue/CatalogueEditFeedback.h"

#include "workflow/catalogue/CatalogueAdmin.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>

namespace sgl::app {

namespace {

/** The French name of an exchange field, nullopt when `field` is not one. */
std::optional<QString> knownField(const QString &field)
{
    static const QList<std::pair<const char *, const char *>> names = {
        {"local_code", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "code local")},
        {"label", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "libellé")},
        {"loinc", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "LOINC")},
        {"unit", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "unité")},
        {"second_unit", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "seconde unité")},
        {"second_loinc", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "second LOINC")},
        {"decimals", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "décimales")},
        {"value_list", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "liste de valeurs")},
        {"formula", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "formule")},
        {"bench", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "paillasse")},
        {"container", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "tube")},
        {"clinical_questions", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "renseignements cliniques")},
        {"delta_absolute", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "seuil delta absolu")},
        {"delta_relative", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "seuil delta relatif")},
        {"delta_window_days", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "fenêtre delta")},
        {"trigger", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "analyse déclenchante")},
        {"condition", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "condition")},
        {"threshold", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "seuil")},
        {"coded_values", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "valeurs codées")},
        {"add", QT_TRANSLATE_NOOP("sgl::app::CatalogueEditFeedback", "ajoute")},
    };
    for (const auto &[code, label] : names)
        if (field == QLatin1String(code))
            return CatalogueEditFeedback::tr(label);
    return std::nullopt;
}

} // namespace

QString CatalogueEditFeedback::fieldLabel(const QString &field)
{
    return knownField(field).value_or(field);
}

QString CatalogueEditFeedback::located(const domain::Error &error)
{
    if (error.location.isEmpty())
        return error.message;
    // "analyse GLU, unit, position 4": every exchange field name in the location is named in French.
    QStringList parts = error.location.split(QStringLiteral(", "));
    for (QString &part : parts) {
        part = part.trimmed(); // "analyse " when the code is still empty
        if (const auto name = knownField(part))
            part = tr("champ %1").arg(*name);
    }
    return QStringLiteral("%1 — %2").arg(error.message, parts.join(QStringLiteral(", ")));
}

QStringList CatalogueEditFeedback::problems(const domain::Result<workflow::CatalogueEditOutcome> &outcome)
{
    QStringList out;
    if (!outcome) {
        out << located(outcome.error());
        return out;
    }
    if (outcome->saved)
        return out;
    for (const domain::Error &e : outcome->errors)
        out << located(e);
    if (out.isEmpty())
        out << tr("Modification refusée sans motif précisé.");
    return out;
}

void CatalogueEditFeedback::show(QLabel *label, const QStringList &problems)
{
    if (problems.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    label->setText(tr("Rien n'a été enregistré :") + QLatin1Char('\n') + QStringLiteral("• ")
                   + problems.join(QStringLiteral("\n• ")));
    label->show();
}

std::optional<double> CatalogueEditFeedback::parseDecimal(const QString &text, bool *ok)
{
    QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    t.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(QLatin1Char(' '));
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    const double v = t.toDouble(ok);
    if (!*ok)
        return std::nullopt;
    return v;
}

std::optional<QString> CatalogueEditFeedback::askReason(QWidget *parent, const QString &title,
                                                       const QString &question)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(parent, title, question, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return reason.trimmed();
}

QString CatalogueEditFeedback::formatDecimal(double value)
{
    QLocale french(QLocale::French);
    french.setNumberOptions(QLocale::OmitGroupSeparator);
    return french.toString(value, 'g', 10);
}

QStringList CatalogueEditFeedback::creationConflict(workflow::CatalogueAdmin &admin,
                                                   const std::function<bool(const domain::Catalogue &)> &exists,
                                                   const QString &message)
{
    auto current = admin.load();
    if (!current)
        return {current.error().message};
    if (exists(*current))
        return {message};
    return {};
}

} // namespace sgl::app
