#include "app/widgets/DirectoryPickerDialog.h"

#include "app/widgets/DirectorySearchPanel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sgl::app {

DirectoryPickerDialog::DirectoryPickerDialog(workflow::directory::DirectorySearch &search, const QString &title,
                                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_panel = new DirectorySearchPanel(this);
    m_panel->setSearch(&search);
    layout->addWidget(m_panel, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_choose = buttons->addButton(tr("C&hoisir"), QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(QStringLiteral("chooseProfessionalButton"));
    m_choose->setAutoDefault(false);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DirectoryPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &DirectorySearchPanel::activated, this, [this] { accept(); });
    connect(m_panel, &DirectorySearchPanel::selectionChanged, this,
            [this] { m_choose->setEnabled(m_panel->selected().has_value()); });
    m_choose->setEnabled(false);
    // Fits a 1366 x 768 screen next to the dossier entry it is opened from.
    resize(1000, 520);
    m_panel->nameEdit()->setFocus();
}

void DirectoryPickerDialog::startWith(const QString &name)
{
    // « Dr Paul PRESCRIPTEUR » typed in the dossier: the directory is searched by last name.
    QString last = name.trimmed();
    if (const qsizetype space = last.lastIndexOf(QLatin1Char(' ')); space >= 0)
        last = last.mid(space + 1);
    m_panel->nameEdit()->setText(last);
    if (!last.isEmpty())
        m_panel->search();
}

void DirectoryPickerDialog::accept()
{
    m_chosen = m_panel->selected();
    if (!m_chosen)
        return;
    QDialog::accept();
}

} // namespace sgl::app
