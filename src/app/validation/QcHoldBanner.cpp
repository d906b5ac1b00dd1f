#include "app/validation/QcHoldBanner.h"

#include "domain/qc/WestgardRule.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>

namespace sgl::app {

QcHoldBanner::QcHoldBanner(workflow::qc::QcQueries &queries, bool canOpenQc, QWidget *parent)
    : QFrame(parent), m_queries(queries), m_canOpenQc(canOpenQc)
{
    setObjectName(QStringLiteral("qcHoldBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#qcHoldBanner { background: #fdecea; border: 1px solid #b00020; }"
                                 "#qcHoldBanner QLabel { color: #b00020; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("qcHoldText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    hide();
}

QString QcHoldBanner::entry(const workflow::qc::QcHeldResult &held)
{
    // The rejecting rules name the cause; 1-2s alone never rejects, so it only adds noise here.
    QStringList rules;
    for (const QString &code : held.run.rulesFired) {
        const auto rule = domain::qc::westgardRuleFromCode(code);
        if (!rule || domain::qc::westgardRuleRejects(*rule))
            rules << code;
    }
    if (rules.isEmpty())
        rules = held.run.rulesFired;
    return tr("%1 (lot %2, règle %3, %4)")
        .arg(held.hold.analysisCode, held.lotNumber.isEmpty() ? tr("?") : held.lotNumber, rules.join(tr(", ")),
             held.run.observedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
}

void QcHoldBanner::showDossier(const workflow::validation::ValidationDossier &dossier)
{
    bool anyHeld = false;
    for (const workflow::validation::ValidationResultRow *r : dossier.rows())
        anyHeld = anyHeld || !r->qcHold.isEmpty();
    if (!anyHeld) { // no read (nor audit row) for the dossiers QC does not concern
        setHolds({});
        return;
    }
    auto holds = m_queries.openHolds(dossier.dossierId);
    setHolds(holds ? *holds : QList<workflow::qc::QcHeldResult>{});
}

void QcHoldBanner::setHolds(const QList<workflow::qc::QcHeldResult> &holds)
{
    QStringList entries;
    QSet<QPair<QString, qint64>> seen;
    m_analyses.clear();
    for (const workflow::qc::QcHeldResult &h : holds) {
        if (seen.contains({h.hold.analysisCode, h.run.id}))
            continue;
        seen.insert({h.hold.analysisCode, h.run.id});
        entries << entry(h);
        if (!m_analyses.contains(h.hold.analysisCode))
            m_analyses << h.hold.analysisCode;
    }
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (entries.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    QString text = tr("Résultats retenus par le contrôle qualité : %1").arg(entries.join(tr(" ; ")));
    if (m_canOpenQc) {
        text += QLatin1Char('.');
        for (const QString &code : std::as_const(m_analyses)) {
            auto *button = new QPushButton(tr("Voir le CQ %1").arg(code), this);
            button->setObjectName(QStringLiteral("qcOpen_") + code);
            button->setToolTip(tr("Ouvrir l'écran Contrôle qualité sur %1 (revue du passage rejeté)").arg(code));
            connect(button, &QPushButton::clicked, this,
                    [this, code] { emit screenRequested(QStringLiteral("qc"), code); });
            m_buttons->addWidget(button);
        }
    } else {
        text += tr(". Validation impossible avant la revue du contrôle par un technicien ou un biologiste.");
    }
    m_text->setText(text);
    show();
}

QString QcHoldBanner::text() const
{
    return m_text->text();
}

} // namespace sgl::app
