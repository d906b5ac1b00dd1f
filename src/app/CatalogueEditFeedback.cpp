#include "app/CatalogueEditFeedback.h"

#include "workflow/catalogue/CatalogueAdmin.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>

namespace sgl::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogueEditFeedback", text);
}

} // namespace

QString CatalogueEditFeedback::fieldLabel(const QString &field)
{
    static const QList<std::pair<const char *, const char *>> names = {
        {"local_code", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "code local")},
        {"label", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "libellé")},
        {"loinc", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "LOINC")},
        {"unit", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "unité")},
        {"second_unit", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "seconde unité")},
        {"second_loinc", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "second LOINC")},
        {"decimals", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "décimales")},
        {"value_list", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "liste de valeurs")},
        {"formula", QT_TRANSLATE_NOOP("CatalogueEditFeedback", "formule")},
    };
    for (const auto &[code, label] : names)
        if (field == QLatin1String(code))
            return tr(label);
    return field;
}

QString CatalogueEditFeedback::located(const domain::Error &error)
{
    if (error.location.isEmpty())
        return error.message;
    // "analyse GLU, unit, position 4": every exchange field name in the location is put in French.
    QStringList parts = error.location.split(QStringLiteral(", "));
    for (QString &part : parts) {
        part = part.trimmed(); // "analyse " when the code is still empty
        const QString french = fieldLabel(part);
        if (french != part)
            part = tr("champ %1").arg(french);
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

} // namespace sgl::app
