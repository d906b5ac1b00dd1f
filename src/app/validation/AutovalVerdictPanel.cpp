#include "app/validation/AutovalVerdictPanel.h"

#include "app/validation/AutovalVerdictModel.h"
#include "app/validation/ValidationServices.h"
#include "workflow/autoval/AutoValidation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sgl::app {

AutovalVerdictPanel::AutovalVerdictPanel(ValidationServices &services, bool readOnly, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new AutovalVerdictModel(this))
{
    setObjectName(QStringLiteral("autovalPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("autovalSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_evaluate = new QPushButton(tr("Évaluer selon les règles"), this);
    m_evaluate->setObjectName(QStringLiteral("autovalEvaluateButton"));
    m_evaluate->setToolTip(tr("Évalue le dossier avec les règles du laboratoire ; en mode actif, un dossier libérable est "
                              "validé au nom du biologiste responsable"));
    m_evaluate->setVisible(!readOnly);
    top->addWidget(m_evaluate);
    layout->addLayout(top);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("autovalTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->resizeSection(AutovalVerdictModel::AnalysisColumn, 70);
    m_table->horizontalHeader()->resizeSection(AutovalVerdictModel::VerdictColumn, 80);
    m_table->horizontalHeader()->resizeSection(AutovalVerdictModel::RuleColumn, 120);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_evaluate, &QPushButton::clicked, this, &AutovalVerdictPanel::evaluate);
    m_summary->setText(m_model->summary());
}

void AutovalVerdictPanel::setDossier(qint64 dossierId)
{
    m_dossierId = dossierId;
    auto verdict = m_services.autoValidation().current(dossierId);
    if (!verdict) {
        m_model->setVerdict(std::nullopt);
        m_summary->setText(verdict.error().message);
        emit titleChanged(title());
        return;
    }
    m_model->setVerdict(*verdict);
    m_summary->setText(m_model->summary());
    emit titleChanged(title());
}

QString AutovalVerdictPanel::title() const
{
    if (!m_model->verdict())
        return tr("Règles");
    if (m_model->verdict()->applied || m_model->verdict()->released)
        return tr("Règles ✓");
    int held = int(m_model->verdict()->dossierHolds.size());
    for (const auto &a : m_model->verdict()->analyses)
        held += a.released ? 0 : 1;
    return tr("Règles (%1)").arg(held);
}

void AutovalVerdictPanel::evaluate()
{
    if (m_dossierId == 0)
        return;
    auto done = m_services.autoValidation().evaluate(m_dossierId);
    if (!done) {
        if (m_acted)
            m_acted(std::unexpected(done.error()));
        return;
    }
    const QString message = done->applied ? tr("Dossier %1 validé selon les règles du laboratoire.").arg(done->dossierNumber)
                            : done->verdict.release
                                ? (done->notApplied.isEmpty() ? tr("Dossier %1 : libérable selon les règles.").arg(done->dossierNumber)
                                                              : done->notApplied)
                                : tr("Dossier %1 retenu par les règles : voir l'onglet Règles.").arg(done->dossierNumber);
    setDossier(m_dossierId);
    if (m_acted)
        m_acted(message);
}

} // namespace sgl::app
