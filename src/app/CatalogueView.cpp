#include "app/CatalogueView.h"

#include "app/AnalysisEditDialog.h"
#include "app/CatalogueExchangeDialog.h"
#include "app/CatalogueHistoryDialog.h"
#include "app/ReferenceRangeDialog.h"
#include "app/CatalogueTreeModel.h"
#include "ui_CatalogueView.h"
#include "workflow/catalogue/CatalogueAdmin.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

namespace sgl::app {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QLocale(QLocale::French).toString(*v, 'g', 6) : QStringLiteral("—");
}

QString rangeRow(const domain::ReferenceRange &r)
{
    QString sex = r.sex ? domain::sexCode(*r.sex) : CatalogueView::tr("tous");
    QString ages = r.ageMin.toString() + QStringLiteral(" – ")
        + (r.ageMax ? r.ageMax->toString() : QStringLiteral("∞"));
    return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 – %4</td><td>%5 – %6</td><td>%7</td></tr>")
        .arg(sex.toHtmlEscaped(), ages.toHtmlEscaped(), number(r.low), number(r.high),
             number(r.criticalLow), number(r.criticalHigh), r.text.toHtmlEscaped());
}

} // namespace

CatalogueView::CatalogueView(workflow::CatalogueAdmin *admin, const domain::Error &loadError,
                             domain::UserSession session, bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::CatalogueView>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_model(new CatalogueTreeModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->catalogueTree->setModel(m_model);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->catalogueTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDetails(current);
                const bool editable = !m_readOnly && m_admin && selectedAnalysis();
                m_ui->editButton->setEnabled(editable);
                m_ui->rangesButton->setEnabled(editable);
                m_ui->historyButton->setEnabled(m_admin && current.isValid());
            });
    m_ui->editButton->setVisible(!m_readOnly);
    m_ui->editButton->setEnabled(false);
    m_ui->rangesButton->setVisible(!m_readOnly);
    m_ui->rangesButton->setEnabled(false);
    m_ui->historyButton->setEnabled(false);
    m_ui->exchangeButton->setVisible(!m_readOnly);
    m_ui->exchangeButton->setEnabled(m_admin != nullptr);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CatalogueView::editSelected);
    connect(m_ui->rangesButton, &QPushButton::clicked, this, &CatalogueView::editSelectedRanges);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &CatalogueView::showSelectedHistory);
    connect(m_ui->exchangeButton, &QPushButton::clicked, this, &CatalogueView::openExchange);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &CatalogueView::reload);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this,
            [this] { find(m_ui->searchEdit->text()); });
    if (!m_admin) {
        m_ui->statusLabel->setText(tr("Catalogue indisponible : %1").arg(loadError.message));
        m_ui->searchEdit->setEnabled(false);
        m_ui->reloadButton->setEnabled(false);
        return;
    }
    reload();
}

CatalogueView::~CatalogueView() = default;

QString CatalogueView::statusText() const
{
    return m_ui->statusLabel->text();
}

QString CatalogueView::detailsText() const
{
    return m_ui->detailsBrowser->toPlainText();
}

bool CatalogueView::reload()
{
    if (!m_admin)
        return false;
    auto catalogue = m_admin->load();
    if (!catalogue) {
        m_ui->statusLabel->setText(catalogue.error().message);
        return false;
    }
    const auto counts = std::tuple(catalogue->chapters.size(), catalogue->exams.size(),
                                   catalogue->analyses.size());
    m_model->setCatalogue(std::move(*catalogue));
    m_ui->catalogueTree->expandToDepth(0);
    m_ui->catalogueTree->header()->resizeSections(QHeaderView::ResizeToContents);
    m_ui->statusLabel->setText(tr("%1 chapitres, %2 examens, %3 analyses.")
                                   .arg(std::get<0>(counts))
                                   .arg(std::get<1>(counts))
                                   .arg(std::get<2>(counts)));
    return true;
}

QModelIndex CatalogueView::indexOfCode(const QString &code, const QModelIndex &parent) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data(CatalogueTreeModel::CodeRole).toString() == code)
            return index;
        const QModelIndex inner = indexOfCode(code, index);
        if (inner.isValid())
            return inner;
    }
    return {};
}

bool CatalogueView::find(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || !m_admin)
        return false;
    auto hits = workflow::CatalogueAdmin::search(m_model->catalogue(), needle);
    // Analyses first (their details are what a search is usually for), an exact code first of all.
    std::stable_partition(hits.begin(), hits.end(), [](const workflow::CatalogueSearchHit &h) {
        return h.kind == workflow::CatalogueSearchHit::Kind::Analysis;
    });
    std::stable_partition(hits.begin(), hits.end(), [&](const workflow::CatalogueSearchHit &h) {
        return h.code.compare(needle, Qt::CaseInsensitive) == 0;
    });
    for (const auto &hit : hits) {
        const QModelIndex index = indexOfCode(hit.code);
        if (!index.isValid())
            continue;
        m_ui->catalogueTree->setCurrentIndex(index);
        m_ui->catalogueTree->scrollTo(index);
        m_ui->statusLabel->setText(tr("%n résultat(s) pour « %1 ».", nullptr,
                                      static_cast<int>(hits.size()))
                                       .arg(needle));
        return true;
    }
    m_ui->statusLabel->setText(tr("Aucun élément ne correspond à « %1 ».").arg(needle));
    return false;
}

const domain::Analysis *CatalogueView::selectedAnalysis() const
{
    return m_model->analysisAt(m_ui->catalogueTree->currentIndex());
}

void CatalogueView::editSelected()
{
    const domain::Analysis *analysis = selectedAnalysis();
    if (m_readOnly || !m_admin || !analysis)
        return;
    const QString code = analysis->localCode;
    AnalysisEditDialog dialog(*m_admin, m_session, *analysis, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    find(code);
    m_ui->statusLabel->setText(tr("Analyse %1 enregistrée (nouvelle version du catalogue).")
                                   .arg(code));
}

void CatalogueView::editSelectedRanges()
{
    const domain::Analysis *analysis = selectedAnalysis();
    if (m_readOnly || !m_admin || !analysis)
        return;
    const QString code = analysis->localCode;
    ReferenceRangeDialog dialog(*m_admin, m_session, *analysis, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    find(code);
    m_ui->statusLabel->setText(tr("Valeurs de référence de %1 enregistrées (nouvelle version du catalogue).")
                                   .arg(code));
}

void CatalogueView::showSelectedHistory()
{
    const QModelIndex current = m_ui->catalogueTree->currentIndex().siblingAtColumn(0);
    if (!m_admin || !current.isValid())
        return;
    CatalogueHistoryDialog dialog(*m_admin, current.data(CatalogueTreeModel::CodeRole).toString(),
                                  current.data().toString(), this);
    dialog.exec();
}

void CatalogueView::openExchange()
{
    if (m_readOnly || !m_admin)
        return;
    CatalogueExchangeDialog dialog(*m_admin, m_session, this);
    dialog.exec();
    if (dialog.catalogueChanged())
        reload();
}

void CatalogueView::showDetails(const QModelIndex &index)
{
    const domain::Analysis *a = m_model->analysisAt(index);
    if (!a) {
        const QModelIndex first = index.siblingAtColumn(0);
        QString html = QStringLiteral("<h3>%1</h3><p>%2 %3</p>")
                           .arg(first.data().toString().toHtmlEscaped(), tr("Code :"),
                                first.data(CatalogueTreeModel::CodeRole).toString().toHtmlEscaped());
        if (m_model->rowCount(first) > 0) {
            html += QStringLiteral("<ul>");
            for (int row = 0; row < m_model->rowCount(first); ++row)
                html += QStringLiteral("<li>%1</li>")
                            .arg(m_model->index(row, 0, first).data().toString().toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        m_ui->detailsBrowser->setHtml(html);
        return;
    }
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
    row(tr("Type de résultat"), domain::resultTypeCode(a->resultType));
    if (a->decimals >= 0)
        row(tr("Décimales"), QString::number(a->decimals));
    if (a->isCalculated())
        row(tr("Formule"), a->formula);
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
    m_ui->detailsBrowser->setHtml(html);
}

} // namespace sgl::app
