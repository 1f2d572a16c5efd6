#include "importdialog.h"

#include "icons.h"
#include "keyfield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ik::ui {

ImportDialog::ImportDialog(QNetworkAccessManager* nam, const QString& baseUrl,
                           const QString& project, QWidget* parent)
    : QDialog(parent), m_client(new ControlPlaneClient(nam, this)), m_baseUrl(new QLineEdit(this)),
      m_project(new QLineEdit(this)), m_token(new KeyField(this)),
      m_remember(new QCheckBox(tr("&Remember the control token in the system keychain"), this)),
      m_list(new QPushButton(tr("&List workloads"), this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(0, 4, this)), m_add(new QPushButton(tr("&Add selected"), this)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import workloads from project"));
    setAccessibleName(windowTitle());
    nameWidgets();
    m_baseUrl->setText(baseUrl);
    m_project->setText(project);
    buildLayout();
    connectWidgets();
    updateButtons();
}

void ImportDialog::nameWidgets() {
    m_baseUrl->setObjectName(QStringLiteral("importBaseUrl"));
    m_project->setObjectName(QStringLiteral("importProject"));
    m_token->setObjectName(QStringLiteral("tokenField"));
    m_remember->setObjectName(QStringLiteral("rememberToken"));
    m_list->setObjectName(QStringLiteral("listButton"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_table->setObjectName(QStringLiteral("importTable"));
    m_add->setObjectName(QStringLiteral("addSelected"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_project->setAccessibleName(tr("Project slug"));
    m_token->setAccessibleFieldName(tr("Control token (ik_sdk_)"));
    m_token->setPlaceholderText(tr("ik_sdk_…"));
    m_remember->setAccessibleName(m_remember->text().remove(u'&'));
    m_list->setAccessibleName(tr("List workloads"));
    m_table->setAccessibleName(tr("Workloads of the project"));
    m_add->setAccessibleName(tr("Add selected workloads"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels({tr("Workload"), tr("Kind"), tr("Model"), tr("Backend")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void ImportDialog::buildLayout() {
    auto* form = new QFormLayout;
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("Control &token:"), m_token);
    form->addRow(QString(), m_remember);
    auto* note = new QLabel(tr("The control token is used for this one call. It is kept (in its "
                               "own keychain entry) only if you tick \u201cremember\u201d, and it "
                               "can never be used to call a workload."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_list, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 460);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::connectWidgets() {
    connect(m_list, &QPushButton::clicked, this, &ImportDialog::list);
    connect(m_token, &KeyField::keyChanged, this, [this] {
        if (!m_settingToken)
            m_tokenRemembered = false; // typed or pasted: the user's choice, wherever it goes
        updateButtons();
    });
    connect(m_token, &KeyField::normalisedOnPaste, this, [this](const QStringList& changes) {
        if (!changes.isEmpty())
            m_status->setText(
                tr("Pasted token cleaned up: %1.").arg(changes.join(QStringLiteral("; "))));
    });
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ImportDialog::forgetRememberedTokenIfMoved);
    connect(m_project, &QLineEdit::textChanged, this, &ImportDialog::forgetRememberedTokenIfMoved);
    connect(m_table, &QTableWidget::itemChanged, this, &ImportDialog::updateButtons);

    connect(m_client, &ControlPlaneClient::listed, this, &ImportDialog::showListed);
    connect(m_client, &ControlPlaneClient::failed, this, [this](const Error& e) {
        m_status->setText(e.summary() + u'\n' + e.hint);
        m_list->setEnabled(true);
        updateButtons();
        emit listedCount(-1);
    });
}

void ImportDialog::showListed(const QList<RemoteWorkload>& rows) {
    m_rows = rows;
    m_table->blockSignals(true);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const RemoteWorkload& r = rows.at(i);
        auto* slug = new QTableWidgetItem(r.slug);
        if (r.kind) {
            slug->setIcon(kindIcon(*r.kind));
            slug->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            slug->setCheckState(Qt::Checked);
        } else {
            slug->setFlags(Qt::ItemIsEnabled);
            slug->setToolTip(tr("The playground has no view for task type %1.").arg(r.taskType));
        }
        m_table->setItem(i, 0, slug);
        m_table->setItem(i, 1,
                         new QTableWidgetItem(r.kind ? workloadKindName(*r.kind) : r.taskType));
        m_table->setItem(i, 2, new QTableWidgetItem(r.model));
        m_table->setItem(i, 3, new QTableWidgetItem(r.backend));
    }
    m_table->blockSignals(false);
    m_table->resizeColumnsToContents();
    m_status->setText(
        rows.isEmpty()
            ? tr("The project has no workloads.")
            : tr("%n workload(s) in project %1.", nullptr, int(rows.size())).arg(m_listedProject));
    m_list->setEnabled(true);
    updateButtons();
    emit listedCount(int(rows.size()));
}

void ImportDialog::setToken(const QString& token, bool remembered) {
    m_settingToken = true;
    m_token->setKey(token);
    m_settingToken = false;
    m_remember->setChecked(remembered);
    m_tokenRemembered = remembered && !token.isEmpty();
    m_tokenBase = m_baseUrl->text().trimmed();
    m_tokenProject = m_project->text().trimmed();
}

void ImportDialog::forgetRememberedTokenIfMoved() {
    // A token remembered for one server and project is never sent to another one because the
    // fields were edited after the dialog filled it in.
    if (m_tokenRemembered && (m_baseUrl->text().trimmed() != m_tokenBase ||
                              m_project->text().trimmed() != m_tokenProject)) {
        const QString base = m_tokenBase, project = m_tokenProject;
        setToken({}, false);
        m_status->setText(tr("The remembered control token belongs to %1 (project %2); paste "
                             "the token for this server and project.")
                              .arg(base, project));
    }
    updateButtons();
}

QString ImportDialog::baseUrl() const {
    return m_listedBase;
}
QString ImportDialog::project() const {
    return m_listedProject;
}
QString ImportDialog::token() const {
    return normaliseKey(m_token->key());
}
bool ImportDialog::rememberToken() const {
    return m_remember->isChecked();
}

void ImportDialog::list() {
    m_listedBase = m_baseUrl->text().trimmed();
    m_listedProject = m_project->text().trimmed();
    m_rows.clear();
    m_table->setRowCount(0);
    m_status->setText(tr("Listing workloads of %1…").arg(m_listedProject));
    m_list->setEnabled(false);
    m_client->listWorkloads(m_listedBase, m_listedProject, token());
    updateButtons();
}

QList<Workload> ImportDialog::chosen() const {
    QList<Workload> out;
    for (int i = 0; i < m_rows.size() && i < m_table->rowCount(); ++i) {
        const RemoteWorkload& r = m_rows.at(i);
        if (!r.kind || m_table->item(i, 0)->checkState() != Qt::Checked)
            continue;
        Workload w;
        w.id = newWorkloadId();
        w.name = r.name;
        w.baseUrl = m_listedBase;
        w.project = r.project.isEmpty() ? m_listedProject : r.project;
        w.slug = r.slug;
        w.kind = *r.kind;
        out.append(w);
    }
    return out;
}

void ImportDialog::updateButtons() {
    const bool busy = m_client->isBusy();
    m_list->setEnabled(!busy && !m_token->key().isEmpty() &&
                       !m_project->text().trimmed().isEmpty() &&
                       !m_baseUrl->text().trimmed().isEmpty());
    m_add->setEnabled(!busy && !chosen().isEmpty());
}

} // namespace ik::ui
