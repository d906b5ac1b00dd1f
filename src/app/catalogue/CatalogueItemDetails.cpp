#include "app/catalogue/CatalogueItemDetails.h"

#include "app/catalogue/CatalogueEditFeedback.h"
#include "app/catalogue/ContainerSwatch.h"
#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/catalogue/ContainerType.h"

#include <QLocale>

namespace sgl::app {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QLocale(QLocale::French).toString(*v, 'g', 6) : QStringLiteral("—");
}

QString rangeRow(const domain::ReferenceRange &r)
{
    QString sex = r.sex ? domain::sexCode(*r.sex) : CatalogueItemDetails::tr("tous");
    QString ages = r.ageMin.toString() + QStringLiteral(" – ")
        + (r.ageMax ? r.ageMax->toString() : QStringLiteral("∞"));
    return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 – %4</td><td>%5 – %6</td><td>%7</td></tr>")
        .arg(sex.toHtmlEscaped(), ages.toHtmlEscaped(), number(r.low), number(r.high),
             number(r.criticalLow), number(r.criticalHigh), r.text.toHtmlEscaped());
}

} // namespace

QString CatalogueItemDetails::groupHtml(const QString &title, const QString &code, const QString &loincLabel,
                                        const QString &loinc, const QStringList &children)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2 %3</p>").arg(title.toHtmlEscaped(), tr("Code :"), code.toHtmlEscaped());
    if (!loinc.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(loincLabel, loinc.toHtmlEscaped());
    if (!children.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &child : children)
            html += QStringLiteral("<li>%1</li>").arg(child.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString CatalogueItemDetails::analysisHtml(const domain::Analysis &analysis, const domain::Catalogue &catalogue)
{
    const domain::Analysis *a = &analysis;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(a->label.toHtmlEscaped());
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Code local"), a->localCode);
    row(tr("LOINC"), a->loinc);
    row(tr("Unité (UCUM)"), a->unit);
    if (!a->displayUnit.isEmpty())
        row(tr("Unité affichée"), a->displayUnit);
    row(tr("Échantillon"), a->specimen);
    row(tr("Méthode"), a->method);
    row(tr("Type de résultat"), a->resultType == domain::ResultType::Numeric ? tr("numérique")
                                : a->resultType == domain::ResultType::Coded ? tr("codé")
                                                                             : tr("texte"));
    if (a->decimals >= 0)
        row(tr("Décimales"), QString::number(a->decimals));
    if (!a->secondUnit.isEmpty())
        row(tr("Seconde unité"), tr("%1 (× %2), LOINC %3")
                                     .arg(a->secondUnit,
                                          a->secondUnitFactor ? CatalogueEditFeedback::formatDecimal(*a->secondUnitFactor)
                                                              : QStringLiteral("—"),
                                          a->secondLoinc.isEmpty() ? QStringLiteral("—") : a->secondLoinc));
    if (a->isCalculated())
        row(tr("Formule"), a->formula);
    if (a->delta)
        row(tr("Contrôle delta"), a->delta->displayFr(a->unit));
    if (!a->valueOptions.isEmpty()) {
        QStringList values;
        for (const auto &o : a->valueOptions)
            values << (o.abnormal ? tr("%1 — %2 (anormale)") : QStringLiteral("%1 — %2")).arg(o.code, o.label);
        row(tr("Valeurs possibles"), values.join(QStringLiteral(" ; ")));
    }
    const domain::Bench *bench = catalogue.bench(a->bench);
    row(tr("Paillasse"), a->bench.isEmpty() ? tr("non attribuée")
                         : bench           ? QStringLiteral("%1 (%2)").arg(bench->label, a->bench)
                                           : a->bench);
    if (a->container.isEmpty()) {
        row(tr("Tube"), a->isCalculated() ? tr("aucun (analyse calculée)") : tr("non précisé"));
    } else if (const auto type = domain::ContainerType::find(a->container)) {
        const QColor cap = ContainerSwatch::capColour(type->code);
        const QString swatch = cap.isValid()
            ? QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;</span> ").arg(cap.name())
            : QString();
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2%3 (%4)</td></tr>")
                    .arg(tr("Tube").toHtmlEscaped(), swatch, ContainerSwatch::describe(*type).toHtmlEscaped(),
                         type->code.toHtmlEscaped());
    } else {
        row(tr("Tube"), a->container);
    }
    QStringList questions;
    for (const QString &code : a->questions) {
        const auto q = domain::ClinicalQuestion::find(code);
        questions << (q ? q->label : code);
    }
    row(tr("Renseignements cliniques"), questions.isEmpty() ? tr("aucun") : questions.join(QStringLiteral(" ; ")));
    if (a->retired)
        row(tr("Statut"), tr("retirée (plus prescriptible)"));
    row(tr("Version"), QString::number(a->version));
    html += QStringLiteral("</table>");
    if (!a->ranges.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table border=1 cellspacing=0 cellpadding=3>"
                               "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                    .arg(tr("Valeurs de référence"), tr("Sexe"), tr("Âge"), tr("Normales"),
                         tr("Critiques"), tr("Texte"));
        for (const auto &r : a->ranges)
            html += rangeRow(r);
        html += QStringLiteral("</table>");
    }
    if (!a->analyzerMappings.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Codes automates"));
        for (const auto &m : a->analyzerMappings)
            html += QStringLiteral("<li>%1 : %2</li>")
                        .arg(m.analyzer.toHtmlEscaped(), m.code.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace sgl::app
