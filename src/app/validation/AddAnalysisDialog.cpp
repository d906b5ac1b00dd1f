#include "app/validation/AddAnalysisDialog.h"

#include "ui_AddAnalysisDialog.h"

#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace sgl::app {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;

/** Lower case without diacritics: "Créatinine" and "creat" meet. */
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    return out;
}

} // namespace

AddAnalysisDialog::AddAnalysisDialog(const QList<workflow::validation::AddableAnalysis> &analyses, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::AddAnalysisDialog>()),
      m_model(new QStandardItemModel(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    for (const auto &a : analyses) {
        auto *item = new QStandardItem(tr("%1 — %2").arg(a.code, a.label));
        item->setData(a.code, kCodeRole);
        item->setData(folded(a.code + u' ' + a.label), kSearchRole);
        item->setToolTip(a.label);
        m_model->appendRow(item);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(kSearchRole);
    m_ui->analysisList->setModel(m_filter);
    m_ui->filterEdit->installEventFilter(this);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &AddAnalysisDialog::applyFilter);
    connect(m_ui->analysisList->selectionModel(), &QItemSelectionModel::currentChanged, this, &AddAnalysisDialog::updateOk);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &AddAnalysisDialog::updateOk);
    connect(m_ui->analysisList, &QListView::activated, this, [this] { m_ui->reasonEdit->setFocus(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->filterEdit->setFocus();
    applyFilter(QString());
}

AddAnalysisDialog::~AddAnalysisDialog() = default;

void AddAnalysisDialog::setFilter(const QString &text)
{
    m_ui->filterEdit->setText(text);
}

void AddAnalysisDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setText(reason);
}

bool AddAnalysisDialog::choose(const QString &code)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex i = m_filter->index(row, 0);
        if (i.data(kCodeRole).toString() == code) {
            m_ui->analysisList->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

int AddAnalysisDialog::visibleCount() const
{
    return m_filter->rowCount();
}

QString AddAnalysisDialog::code() const
{
    const QModelIndex i = m_ui->analysisList->currentIndex();
    return i.isValid() ? i.data(kCodeRole).toString() : QString();
}

QString AddAnalysisDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

bool AddAnalysisDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Arrows typed in the filter move in the list: the hands stay on the keyboard.
    if (watched == m_ui->filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_ui->analysisList, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddAnalysisDialog::applyFilter(const QString &text)
{
    const QString needle = folded(text.trimmed());
    m_filter->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(needle)));
    // An exact code first, else the first match ("K" then Tab picks potassium, not "KAPPA");
    // nothing typed, nothing chosen: an analysis is never added by default.
    QModelIndex chosen;
    for (int row = 0; row < m_filter->rowCount() && !needle.isEmpty(); ++row) {
        const QModelIndex i = m_filter->index(row, 0);
        if (folded(i.data(kCodeRole).toString()) == needle)
            chosen = i;
    }
    if (!chosen.isValid() && !needle.isEmpty() && m_filter->rowCount() > 0)
        chosen = m_filter->index(0, 0);
    m_ui->analysisList->setCurrentIndex(chosen);
    m_ui->countLabel->setText(m_filter->rowCount() == 0 ? tr("Aucune analyse ne correspond.")
                                                        : tr("%n analyse(s) proposée(s)", nullptr, m_filter->rowCount()));
    updateOk();
}

void AddAnalysisDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!code().isEmpty() && !reason().isEmpty());
}

} // namespace sgl::app
