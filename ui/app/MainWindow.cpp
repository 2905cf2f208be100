#include "app/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

#include "CoreText.h"
#include "app/Appearance.h"
#include "app/Classroom.h"
#include "app/Presentation.h"
#include "app/ProjectIO.h"
#include "app/RunsPanel.h"
#include "dashboard/GateHeatmap.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/Inspector.h"
#include "editor/NodeItem.h"
#include "editor/Palette.h"
#include "editor/ProblemList.h"
#include "experiment/ExperimentsPanel.h"
#include "graph/Defaults.h"
#include "graph/Templates.h"
#include "learn/LearnPanel.h"
#include "train/DataSchemaProbe.h"
#include "train/RunHistory.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"
#include "widgets/AdaptiveToolBar.h"
#include "widgets/Teardown.h"

namespace mtl::ui {

namespace {
constexpr int kMaxRecent = 8;
constexpr int kRecoveryDelayMs = 1500;
const char* const kGraphMime = "application/x-mtlstudio-graph";
const char* const kRecentSetting = "project/recent";

// A template's graph for the default data layout, its inputs bound to `data` when known;
// `schema` receives the layout used.
mtl::Graph templateGraph(const std::string& key, mtl::DataSchema& schema,
                         const std::optional<mtl::DataSchema>& data = std::nullopt) {
    mtl::TemplateOptions options;
    options.schema = mtl::templateSchema(key, mtl::defaultSchema());
    mtl::Graph g = mtl::makeTemplate(key, options);
    schema = options.schema;
    if (data) mtl::bindInputs(g, *data);
    return g;
}
// The desktop theme's icon, else the style's own for the commonest actions (a desktop without an
// icon theme, e.g. a bare X server, still gets icons on the toolbar).
QIcon themeIcon(const char* name) {
    static const QHash<QString, QStyle::StandardPixmap> fallback{
        {QStringLiteral("document-new"), QStyle::SP_FileIcon},
        {QStringLiteral("document-open"), QStyle::SP_DialogOpenButton},
        {QStringLiteral("document-save"), QStyle::SP_DialogSaveButton},
        {QStringLiteral("edit-undo"), QStyle::SP_ArrowBack},
        {QStringLiteral("edit-redo"), QStyle::SP_ArrowForward},
        {QStringLiteral("edit-delete"), QStyle::SP_TrashIcon},
        {QStringLiteral("view-grid"), QStyle::SP_FileDialogListView},
        {QStringLiteral("zoom-fit-best"), QStyle::SP_TitleBarMaxButton},
        {QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation},
    };
    const QString key = QLatin1String(name);
    const auto it = fallback.find(key);
    return it == fallback.end() ? QIcon::fromTheme(key)
                                : QIcon::fromTheme(key, QApplication::style()->standardIcon(*it));
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    doc_ = new GraphDocument(this);
    scene_ = new GraphScene(doc_, this);
    view_ = new GraphView(scene_, this);
    view_->setObjectName(QStringLiteral("graphView"));
    setCentralWidget(view_);

    classroom_ = new ClassroomMode(this);
    createDocks();
    createTrainingDocks();
    createActions();
    createMenus();
    createClassroomGroups();
    connectTraining();
    schemaProbe_ = new DataSchemaProbe(dataPanel_, this);
    doc_->setDataSchema(schemaProbe_->schema());
    connect(schemaProbe_, &DataSchemaProbe::schemaChanged, this, &MainWindow::followDataSchema);

    validationLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(validationLabel_);
    // The scene withdraws a message (empty text) once it no longer applies, e.g. a refused
    // connection followed by one that succeeded; other messages stay.
    // What an edit changed beyond what the user asked for (gates following an expert count, a
    // Dense block fitted to its head): shown longer, and not withdrawn with the scene's messages.
    connect(doc_, &GraphDocument::notice, this,
            [this](const QString& m) { statusBar()->showMessage(m, 10000); });
    connect(scene_, &GraphScene::statusMessage, this, [this](const QString& m) {
        if (!m.isEmpty())
            statusBar()->showMessage(m, 6000);
        else if (!sceneMessage_.isEmpty() && statusBar()->currentMessage() == sceneMessage_)
            statusBar()->clearMessage();
        sceneMessage_ = m;
    });
    connect(problems_, &ProblemList::countsChanged, this, [this](int errors, int warnings) {
        const QString text = errors || warnings
                                 ? tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                                       tr("%n warning(s)", nullptr, warnings)
                                 : tr("Graph valid");
        validationLabel_->setText(text);
        problemsDock_->setWindowTitle(
            errors || warnings ? tr("Problems (%1)").arg(errors + warnings) : tr("Problems"));
    });
    // A selected block is shown in the inspector: bring its dock to the front when it is a tab
    // behind another dock (not when the user has closed it).
    // The Learn tab in front stays there: it shows the selected block's card. (A tab behind
    // others is moved out of sight, not hidden: visibilityChanged says which one is in front.)
    QDockWidget* learnDock = findChild<QDockWidget*>(QStringLiteral("learnDock"));
    auto learnShown = std::make_shared<bool>(false);
    connect(learnDock, &QDockWidget::visibilityChanged, this,
            [learnShown](bool shown) { *learnShown = shown; });
    auto showInspector = [this, learnDock, learnShown] {
        QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        if (*learnShown && tabifiedDockWidgets(learnDock).contains(dock)) return;
        if (dock && dock->toggleViewAction()->isChecked()) dock->raise();
    };
    connect(problems_, &ProblemList::nodeActivated, this, [this, showInspector](mtl::NodeId id) {
        scene_->selectNodes({id});
        view_->centerOn(scene_->nodeItem(id));
        showInspector();
    });
    connect(palette_, &Palette::addRequested, this, [this](const QString& key) {
        view_->addNodeAt(key.toStdString(), view_->visibleCenter());
    });
    connect(scene_, &QGraphicsScene::selectionChanged, this, [this, showInspector] {
        const QList<mtl::NodeId> sel = scene_->selectedNodes();
        inspector_->setNode(sel.size() == 1 ? sel.front() : -1);
        if (sel.size() == 1) showInspector();
        updateEditActions();
    });

    // Title, modified marker and the crash-recovery file follow the document.
    connect(doc_, &GraphDocument::modifiedChanged, this, &MainWindow::updateTitle);
    recoveryTimer_ = new QTimer(this);
    recoveryTimer_->setSingleShot(true);
    recoveryTimer_->setInterval(kRecoveryDelayMs);
    connect(recoveryTimer_, &QTimer::timeout, this, &MainWindow::writeRecovery);
    connect(doc_, &GraphDocument::changed, recoveryTimer_, qOverload<>(&QTimer::start));

    // The minimum size the window's layout last set dates from the docks' creation, when they sat
    // side by side before being tabbed: recompute it, or a small saved or default size (a
    // projector) would be widened to it.
    layout()->activate();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) resize(1400, 860);
    // A first start (or a geometry saved on a larger screen) fits the screen: on a 1024x768
    // projector without a window manager nothing may lie off-screen.
    if (QScreen* s = screen())
        setGeometry(boundedWindowRect(geometry(), s->availableGeometry(), minimumSizeHint()));

    doc_->reset(templateGraph("mmoe", schema_, doc_->dataSchema()));
    QTimer::singleShot(0, view_, &GraphView::fitToView);
    setProjectPath({});
    updateEditActions();
}

MainWindow::~MainWindow() {
    // Teardown order (see widgets/Teardown.h). After this body the members (actions_, ...)
    // are destroyed, then ~QWidget deletes the children, several of which emit while they die:
    // the scene clears its selection, ~QUndoStack clears the stack (canUndoChanged), the
    // controller reports the end of a run. So, first, no child reaches this window any more;
    // then the run stops (the controller waits for its thread) while every widget still exists.
    disconnectDescendants(this);
    delete trainer_;
    trainer_ = nullptr;
}

// ------------------------------------------------------------------------------------- set-up

QAction* MainWindow::addAction(const QString& name, const QString& text,
                               const QKeySequence& shortcut, const QString& tip, const char* icon) {
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) a->setShortcut(shortcut);
    a->setStatusTip(tip);
    a->setToolTip(shortcut.isEmpty()
                      ? tip
                      : tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) +
                            QLatin1Char(')'));
    if (icon) a->setIcon(themeIcon(icon));
    actions_.insert(name, a);
    return a;
}

void MainWindow::createActions() {
    connect(addAction(QStringLiteral("new"), tr("&New"), QKeySequence::New,
                      tr("Start a new project on an empty canvas"), "document-new"),
            &QAction::triggered, this, &MainWindow::newProject);
    connect(addAction(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
                      tr("Open a project file"), "document-open"),
            &QAction::triggered, this, [this] { openProject(); });
    connect(addAction(QStringLiteral("save"), tr("&Save"), QKeySequence::Save,
                      tr("Save the project"), "document-save"),
            &QAction::triggered, this, &MainWindow::saveProject);
    connect(addAction(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs,
                      tr("Save the project under a new name"), "document-save-as"),
            &QAction::triggered, this, &MainWindow::saveProjectAs);
    connect(addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit,
                      tr("Quit MTL Studio"), "application-exit"),
            &QAction::triggered, this, &QWidget::close);

    QAction* undo = doc_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themeIcon("edit-undo"));
    undo->setObjectName(QStringLiteral("undo"));
    // The toolbar button keeps a short name (the step's text, e.g. a Train adaptation listing every
    // head, would widen the toolbar past a small screen); the step is in the menu and the tooltip
    // (which follows the action's text).
    undo->setIconText(tr("Undo"));
    actions_.insert(QStringLiteral("undo"), undo);
    QAction* redo = doc_->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's redo keys (Ctrl+Shift+Z here) and Ctrl+Y, which many users expect too.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k)) redoKeys << k;
    redo->setShortcuts(redoKeys);
    redo->setIcon(themeIcon("edit-redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIconText(tr("Redo"));
    actions_.insert(QStringLiteral("redo"), redo);

    connect(addAction(QStringLiteral("cut"), tr("Cu&t"), QKeySequence::Cut,
                      tr("Cut the selected blocks"), "edit-cut"),
            &QAction::triggered, this, [this] {
                copySelection();
                scene_->deleteSelection();
            });
    connect(addAction(QStringLiteral("copy"), tr("&Copy"), QKeySequence::Copy,
                      tr("Copy the selected blocks"), "edit-copy"),
            &QAction::triggered, this, &MainWindow::copySelection);
    connect(addAction(QStringLiteral("paste"), tr("&Paste"), QKeySequence::Paste,
                      tr("Paste blocks"), "edit-paste"),
            &QAction::triggered, this, &MainWindow::paste);
    connect(addAction(QStringLiteral("duplicate"), tr("D&uplicate"), QKeySequence(tr("Ctrl+D")),
                      tr("Duplicate the selected blocks"), "edit-copy"),
            &QAction::triggered, this, &MainWindow::duplicateSelection);
    connect(addAction(QStringLiteral("delete"), tr("&Delete"), QKeySequence::Delete,
                      tr("Delete the selected blocks and connections"), "edit-delete"),
            &QAction::triggered, scene_, &GraphScene::deleteSelection);
    connect(addAction(QStringLiteral("selectAll"), tr("Select &All"), QKeySequence::SelectAll,
                      tr("Select every block"), "edit-select-all"),
            &QAction::triggered, this, [this] {
                QList<mtl::NodeId> all;
                for (const mtl::Node& n : doc_->graph().nodes()) all << n.id;
                scene_->selectNodes(all);
            });
    connect(addAction(QStringLiteral("preferences"), tr("Pre&ferences…"), QKeySequence::Preferences,
                      tr("Theme and language"), "preferences-system"),
            &QAction::triggered, this, &MainWindow::showPreferences);

    connect(addAction(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, tr("Zoom in"),
                      "zoom-in"),
            &QAction::triggered, view_, &GraphView::zoomIn);
    connect(addAction(QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut,
                      tr("Zoom out"), "zoom-out"),
            &QAction::triggered, view_, &GraphView::zoomOut);
    connect(addAction(QStringLiteral("resetZoom"), tr("&Actual Size"), QKeySequence(tr("Ctrl+0")),
                      tr("Zoom to 100%"), "zoom-original"),
            &QAction::triggered, view_, &GraphView::resetZoom);
    connect(addAction(QStringLiteral("fit"), tr("&Fit to View"), QKeySequence(tr("Ctrl+1")),
                      tr("Show the whole graph"), "zoom-fit-best"),
            &QAction::triggered, view_, &GraphView::fitToView);
    QAction* canvasOnly = addAction(
        QStringLiteral("canvasOnly"), tr("&Canvas Only"), QKeySequence(tr("Ctrl+Shift+F")),
        tr("Hide every panel so that the graph fills the window; again to bring them back"));
    canvasOnly->setCheckable(true);
    connect(canvasOnly, &QAction::toggled, this, &MainWindow::setCanvasOnly);
    PresentationScale* scale = PresentationScale::instance();
    scale->load();
    connect(addAction(QStringLiteral("presentationLarger"), tr("&Larger Presentation"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Equal),
                      tr("Enlarge the canvas, charts and panels for a projector")),
            &QAction::triggered, scale, &PresentationScale::increase);
    connect(addAction(QStringLiteral("presentationSmaller"), tr("&Smaller Presentation"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Minus),
                      tr("Make the canvas, charts and panels smaller again")),
            &QAction::triggered, scale, &PresentationScale::decrease);
    actions_.insert(QStringLiteral("classroomMode"), classroom_->toggleAction());
    actions_.insert(QStringLiteral("classroomSettings"), classroom_->settingsAction());
    connect(addAction(QStringLiteral("autoLayout"), tr("Auto-&Layout"), QKeySequence(tr("Ctrl+L")),
                      tr("Arrange the blocks left to right"), "view-grid"),
            &QAction::triggered, this, [this] {
                doc_->autoLayout();
                view_->fitToView();
            });
    connect(addAction(QStringLiteral("quickAdd"), tr("Add &Block…"), QKeySequence(tr("Shift+A")),
                      tr("Search for a block and add it at the centre"), "list-add"),
            &QAction::triggered, this, [this] {
                const QPointF at = view_->visibleCenter();
                view_->showQuickAdd(at, view_->viewport()->mapToGlobal(view_->mapFromScene(at)));
            });
    connect(addAction(QStringLiteral("findBlock"), tr("Find in &Palette"), QKeySequence::Find,
                      tr("Search the palette"), "edit-find"),
            &QAction::triggered, this, [this] { palette_->focusSearch(); });
    connect(addAction(QStringLiteral("lessons"), tr("&Lessons…"), {},
                      tr("Guided lessons: how tasks share experts"), "help-contents"),
            &QAction::triggered, this, &MainWindow::showLessons);
    connect(addAction(QStringLiteral("about"), tr("&About MTL Studio"), {}, tr("About MTL Studio"),
                      "help-about"),
            &QAction::triggered, this, &MainWindow::showAbout);

    for (QAction* a : actions_) QWidget::addAction(a);  // shortcuts work wherever the focus is
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    QMenu* fromTemplate = file->addMenu(tr("New from &Template"));
    fromTemplate->setObjectName(QStringLiteral("newFromTemplateMenu"));
    fromTemplate->setToolTipsVisible(true);
    for (const mtl::TemplateInfo& t : mtl::templateList()) {
        QAction* a = fromTemplate->addAction(coreText(t.displayName));
        a->setObjectName(QStringLiteral("newFromTemplate_") + QString::fromStdString(t.key));
        a->setStatusTip(coreText(t.description));
        a->setToolTip(coreText(t.description));
        const QString key = QString::fromStdString(t.key);
        connect(a, &QAction::triggered, this, [this, key] { newProjectFromTemplate(key); });
    }
    file->addAction(action(QStringLiteral("open")));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addSeparator();
    // The current run's export (the Runs list's actions: one place enables them).
    QMenu* exportMenu = file->addMenu(tr("&Export Run"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(runsPanel_->exportTorchAction());
    exportMenu->addAction(runsPanel_->exportOnnxAction());
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    updateRecentMenu();

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* n : {"undo", "redo", "", "cut", "copy", "paste", "duplicate", "delete", "",
                          "selectAll", "", "quickAdd", "findBlock", "", "preferences"}) {
        if (!*n)
            edit->addSeparator();
        else
            edit->addAction(action(QLatin1String(n)));
    }

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    for (const char* n : {"zoomIn", "zoomOut", "resetZoom", "fit", "", "autoLayout"}) {
        if (!*n)
            viewMenu_->addSeparator();
        else
            viewMenu_->addAction(action(QLatin1String(n)));
    }
    // Presentation scale: one checkable entry per step, following the scale however it changes.
    QMenu* presentation = viewMenu_->addMenu(tr("&Presentation Scale"));
    presentation->setObjectName(QStringLiteral("presentationMenu"));
    auto* steps = new QActionGroup(presentation);
    PresentationScale* scale = PresentationScale::instance();
    for (int percent : PresentationScale::steps()) {
        QAction* a = presentation->addAction(tr("%1 %").arg(percent));
        a->setObjectName(QStringLiteral("presentation_%1").arg(percent));
        a->setCheckable(true);
        a->setChecked(percent == scale->percent());
        steps->addAction(a);
        connect(a, &QAction::triggered, scale,
                [percent] { PresentationScale::instance()->setPercent(percent); });
        connect(scale, &PresentationScale::changed, a, [a, percent] {
            a->setChecked(PresentationScale::instance()->percent() == percent);
        });
    }
    presentation->addSeparator();
    presentation->addAction(action(QStringLiteral("presentationLarger")));
    presentation->addAction(action(QStringLiteral("presentationSmaller")));
    viewMenu_->addAction(action(QStringLiteral("canvasOnly")));
    viewMenu_->addAction(action(QStringLiteral("classroomMode")));
    viewMenu_->addAction(action(QStringLiteral("classroomSettings")));
    viewMenu_->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>()) viewMenu_->addAction(d->toggleViewAction());

    auto* run = menuBar()->addMenu(tr("&Run"));
    run->addActions(trainPanel_->actions());

    auto* templates = templatesMenu_ = menuBar()->addMenu(tr("&Templates"));
    for (const mtl::TemplateInfo& t : mtl::templateList()) {
        QAction* a = templates->addAction(coreText(t.displayName));
        a->setObjectName(QStringLiteral("template_") + QString::fromStdString(t.key));
        a->setStatusTip(coreText(t.description));
        a->setToolTip(coreText(t.description));
        const QString key = QString::fromStdString(t.key);
        connect(a, &QAction::triggered, this, [this, key] { loadTemplate(key); });
    }
    templates->setToolTipsVisible(true);

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("lessons")));
    help->addAction(action(QStringLiteral("about")));

    // On a narrow window the buttons show icons only (the run controls last) instead of falling
    // into the overflow menu.
    auto* bar = new AdaptiveToolBar(tr("Main"), this);
    addToolBar(bar);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    for (const char* n :
         {"new", "open", "save", "", "undo", "redo", "", "fit", "autoLayout", "quickAdd", ""}) {
        if (!*n)
            bar->addSeparator();
        else
            bar->addAction(action(QLatin1String(n)));
    }
    bar->addActions(trainPanel_->actions());
    for (QAction* a : trainPanel_->actions()) bar->setKeepsText(a);
}

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& name,
                                 Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(title, this);
    d->setObjectName(name);  // the key of its place in the saved window state
    d->setWidget(widget);
    PresentationScale::instance()->follow(widget);  // its text grows with the presentation scale
    addDockWidget(area, d);
    return d;
}

void MainWindow::createDocks() {
    palette_ = new Palette(this);
    QDockWidget* left =
        addDock(palette_, tr("Blocks"), QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
    inspector_ = new Inspector(doc_, this);
    QDockWidget* right = addDock(inspector_, tr("Inspector"), QStringLiteral("inspectorDock"),
                                 Qt::RightDockWidgetArea);
    problems_ = new ProblemList(doc_, this);
    problemsDock_ = addDock(problems_, tr("Problems"), QStringLiteral("problemsDock"),
                            Qt::BottomDockWidgetArea);
    // The Learn cards, a tab beside the inspector: the selected block's card (LearnPanel.h).
    auto* learnPanel = new LearnPanel(scene_, this);
    QDockWidget* learn =
        addDock(learnPanel, tr("Learn"), QStringLiteral("learnDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(right, learn);
    right->raise();
    connect(scene_, &QGraphicsScene::selectionChanged, this,
            [learnPanel] { learnPanel->selectionChanged(); });
    connect(doc_, &GraphDocument::validationChanged, this,
            [learnPanel] { learnPanel->graphChanged(); });
    // First-start proportions (a saved window state replaces them): the canvas gets most of the
    // room, the charts below it enough to read.
    QTimer::singleShot(0, this, [this, left, right] {
        if (QSettings().contains(QStringLiteral("window/state"))) return;
        QDockWidget* charts = findChild<QDockWidget*>(QStringLiteral("chartsDock"));
        resizeDocks({left, right}, {220, 320}, Qt::Horizontal);
        resizeDocks({problemsDock_, charts}, {260, width()}, Qt::Horizontal);
        resizeDocks({problemsDock_}, {height() * 2 / 5}, Qt::Vertical);
        QTimer::singleShot(0, view_, &GraphView::fitToView);  // once the canvas has its size
    });
}

// The groups of controls classroom mode can hide (their keys are saved in project files).
void MainWindow::createClassroomGroups() {
    auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    ClassroomMode* c = classroom_;
    c->addGroup(QStringLiteral("palette"), tr("Blocks palette"), {dock("paletteDock")});
    c->addGroup(QStringLiteral("inspector"), tr("Inspector"), {dock("inspectorDock")});
    c->addGroup(QStringLiteral("data"), tr("Data settings"), {dock("dataDock")});
    c->addGroup(QStringLiteral("optimizer"), tr("Optimizer and learning rate settings"), {}, {},
                {trainPanel_->findChild<QWidget*>(QStringLiteral("learningRate"))});
    c->addGroup(QStringLiteral("problems"), tr("Problem list"), {problemsDock_});
    c->addGroup(QStringLiteral("runs"), tr("Runs"), {dock("runsDock")});
    c->addGroup(QStringLiteral("experiments"), tr("Experiments"), {dock("experimentsDock")});
    c->addGroup(QStringLiteral("advancedActions"),
                tr("Advanced menu entries (templates menu, auto-layout, add block, find, "
                   "duplicate)"),
                {},
                {templatesMenu_->menuAction(), action(QStringLiteral("autoLayout")),
                 action(QStringLiteral("quickAdd")), action(QStringLiteral("findBlock")),
                 action(QStringLiteral("duplicate"))});
    // In class the gate heatmaps of different runs are compared on one fixed 0..1 colour scale.
    // Leaving the mode gives back the user's own choice.
    connect(c, &ClassroomMode::enabledChanged, gates_,
            [this, before = std::make_shared<double>(0.0)](bool on) {
                if (on) *before = gates_->fixedColorScale();
                gates_->setColorScale(on ? 1.0 : *before);
            });
    connect(c, &ClassroomMode::changed, this, [this] {
        updateTitle();
        recoveryTimer_->start();
    });
}

// ----------------------------------------------------------------------------------- projects

mtl::ProjectFile MainWindow::currentProject() const {
    mtl::ProjectFile p;
    p.graph = doc_->graph();
    p.schema = schema_;
    p.runs = history_->runs();
    p.experiments = experimentsPanel_->experiments();
    p.classroom = classroom_->settings();
    return p;
}

void MainWindow::setProject(const mtl::ProjectFile& project) {
    doc_->reset(project.graph);
    schema_ = project.schema;
    history_->setRuns(project.runs);
    experimentsPanel_->setExperiments(project.experiments);
    classroom_->setSettings(project.classroom);
    const int last = history_->count() - 1;
    {
        const QSignalBlocker quiet(runsPanel_);  // shown once, below
        runsPanel_->setCurrentRun(last);
    }
    showRun(last);
}

void MainWindow::loadTemplate(const QString& key) {
    const auto& list = mtl::templateList();
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const mtl::TemplateInfo& t) { return t.key == key.toStdString(); });
    if (it == list.end()) return;
    try {
        mtl::DataSchema schema;
        doc_->replaceGraph(templateGraph(it->key, schema, doc_->dataSchema()),
                           tr("Template %1").arg(coreText(it->displayName)));
        schema_ = schema;
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Template"), QString::fromStdString(e.what()));
        return;
    }
    QTimer::singleShot(0, view_, &GraphView::fitToView);
}

void MainWindow::startProject(const mtl::Graph& graph, const mtl::DataSchema& schema) {
    mtl::ProjectFile fresh;
    fresh.graph = graph;
    fresh.schema = schema;
    setProject(fresh);
    removeRecovery();
    setProjectPath({});
    QTimer::singleShot(0, view_, &GraphView::fitToView);
}

void MainWindow::newProject() {
    if (!maybeSave()) return;
    startProject(mtl::Graph(), doc_->dataSchema().value_or(mtl::defaultSchema()));
    view_->centerOn(0, 0);
    statusBar()->showMessage(
        tr("New project: drag blocks from the palette, or start from File > New from Template."),
        8000);
}

void MainWindow::newProjectFromTemplate(const QString& key) {
    const auto& list = mtl::templateList();
    if (std::none_of(list.begin(), list.end(),
                     [&](const mtl::TemplateInfo& t) { return t.key == key.toStdString(); }) ||
        !maybeSave())
        return;
    mtl::DataSchema schema;
    mtl::Graph graph;
    try {
        graph = templateGraph(key.toStdString(), schema, doc_->dataSchema());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Template"), QString::fromStdString(e.what()));
        return;
    }
    startProject(graph, schema);
}

void MainWindow::followDataSchema() {
    const std::optional<mtl::DataSchema>& schema = schemaProbe_->schema();
    doc_->setDataSchema(schema);
    if (!schema || trainer_->isActive()) return;  // a run binds its own copy of the graph
    const QString data = schemaProbe_->description();
    int bound = 0;
    if (doc_->undoStack()->count() == 0 && !doc_->isModified() && path_.isEmpty()) {
        // A new project with nothing to undo yet: bind it in place.
        mtl::Graph g = doc_->graph();
        bound = static_cast<int>(mtl::bindInputs(g, *schema).size());
        if (bound) doc_->reset(g);
    } else {
        bound = doc_->bindInputsToData(tr("Bind inputs to %1").arg(data));
    }
    if (bound)
        statusBar()->showMessage(
            tr("%n input block(s) now read %1: %2 numeric columns, %3 categorical fields.", nullptr,
               bound)
                .arg(data)
                .arg(schema->numeric())
                .arg(schema->fields()),
            8000);
}

bool MainWindow::openProjectFile(const QString& path, QString* error) {
    mtl::ProjectFile project;
    if (!readProject(path, project, error)) return false;
    setProject(project);
    removeRecovery();
    setProjectPath(path);
    addRecent(path);
    QTimer::singleShot(0, view_, &GraphView::fitToView);
    return true;
}

void MainWindow::openProject(const QString& requested) {
    if (!maybeSave()) return;
    QSettings settings;
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(
            this, tr("Open Project"),
            settings.value(QStringLiteral("project/lastDir"), QDir::homePath()).toString(),
            projectFilter());
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("project/lastDir"), QFileInfo(path).absolutePath());
    QString error;
    if (!openProjectFile(path, &error)) QMessageBox::critical(this, tr("Open Project"), error);
}

bool MainWindow::saveProjectFile(const QString& path, QString* error) {
    if (!writeProject(path, currentProject(), error)) return false;
    doc_->markClean();
    history_->setModified(false);
    classroom_->setModified(false);
    removeRecovery();
    setProjectPath(path);
    addRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::saveProject() {
    if (path_.isEmpty()) return saveProjectAs();
    QString error;
    if (saveProjectFile(path_, &error)) return true;
    QMessageBox::critical(this, tr("Save Project"), error);
    return false;
}

bool MainWindow::saveProjectAs() {
    QSettings settings;
    const QString dir =
        path_.isEmpty()
            ? settings.value(QStringLiteral("project/lastDir"), QDir::homePath()).toString()
            : path_;
    QFileDialog dialog(this, tr("Save Project As"), dir, projectFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QLatin1String(kProjectSuffix));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return false;
    const QString path = dialog.selectedFiles().front();
    settings.setValue(QStringLiteral("project/lastDir"), QFileInfo(path).absolutePath());
    QString error;
    if (saveProjectFile(path, &error)) return true;
    QMessageBox::critical(this, tr("Save Project"), error);
    return false;
}

bool MainWindow::isProjectModified() const {
    return doc_->isModified() || history_->isModified() || classroom_->isModified();
}

bool MainWindow::maybeSave() {
    if (!isProjectModified()) return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The project \"%1\" has unsaved changes. Save them?")
            .arg(path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return saveProject();
    return answer == QMessageBox::Discard;
}

void MainWindow::setProjectPath(const QString& path) {
    path_ = path;
    updateTitle();
}

void MainWindow::updateTitle() {
    const QString name = path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName();
    setWindowTitle(tr("%1[*] — MTL Studio").arg(name));
    setWindowModified(isProjectModified());
}

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentSetting)).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > kMaxRecent) recent.removeLast();
    settings.setValue(QLatin1String(kRecentSetting), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentSetting)).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        QAction* a = recentMenu_->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(recent[i]).fileName()));
        a->setStatusTip(QDir::toNativeSeparators(recent[i]));
        const QString path = recent[i];
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("&Clear List"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(QLatin1String(kRecentSetting));
        updateRecentMenu();
    });
}

// ------------------------------------------------------------------------------ crash recovery

QString MainWindow::recoveryPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery.mtlproj");
}

void MainWindow::writeRecovery() {
    if (!isProjectModified()) {  // undone back to the saved state: nothing to recover
        removeRecovery();
        return;
    }
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    mtl::ProjectFile p = currentProject();
    p.note = path_.toStdString();  // where the recovered work belongs
    QString error;
    if (!writeProject(recoveryPath(), p, &error)) statusBar()->showMessage(error, 6000);
}

void MainWindow::removeRecovery() {
    recoveryTimer_->stop();
    QFile::remove(recoveryPath());
}

void MainWindow::offerRecovery() {
    if (!QFileInfo::exists(recoveryPath())) return;
    mtl::ProjectFile p;
    QString error;
    if (!readProject(recoveryPath(), p, &error)) {
        QFile::remove(recoveryPath());
        return;
    }
    const QString original = QString::fromStdString(p.note);
    const auto answer = QMessageBox::question(
        this, tr("Recover Unsaved Work"),
        tr("MTL Studio did not close normally last time. Unsaved changes to \"%1\" were kept. "
           "Recover them?")
            .arg(original.isEmpty() ? tr("Untitled") : QFileInfo(original).fileName()),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        setProject(p);
        doc_->undoStack()->resetClean();  // recovered work is unsaved work
        history_->setModified(!p.runs.empty());
        setProjectPath(original);
        QTimer::singleShot(0, view_, &GraphView::fitToView);
    } else {
        QFile::remove(recoveryPath());
    }
}

void MainWindow::setCanvasOnly(bool on) {
    if (on == !canvasOnlyState_.isEmpty()) return;
    if (on) {
        canvasOnlyState_ = saveState();
        for (QDockWidget* d : findChildren<QDockWidget*>()) d->hide();
    } else {
        restoreState(std::exchange(canvasOnlyState_, QByteArray()));
    }
    QTimer::singleShot(0, view_, &GraphView::fitToView);  // once the canvas has its new size
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    action(QStringLiteral("canvasOnly"))->setChecked(false);  // the panels come back first
    classroom_->revealAll();  // the saved dock layout is the one outside classroom mode
    settings.setValue(QStringLiteral("window/state"), saveState());
    removeRecovery();
    event->accept();
}

// ------------------------------------------------------------------------------------- editing

void MainWindow::updateEditActions() {
    const bool nodes = !scene_->selectedNodes().isEmpty();
    for (const char* n : {"cut", "copy", "duplicate"}) action(QLatin1String(n))->setEnabled(nodes);
    action(QStringLiteral("delete"))->setEnabled(nodes || !scene_->selectedEdges().isEmpty());
}

void MainWindow::copySelection() {
    const QList<mtl::NodeId> ids = scene_->selectedNodes();
    if (ids.isEmpty()) return;
    const std::string bytes = mtl::saveGraphToString(doc_->fragment(ids));
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kGraphMime),
                  QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
    QStringList names;
    for (mtl::NodeId id : ids) names << QString::fromStdString(doc_->graph().node(id)->name);
    mime->setText(names.join(QLatin1Char('\n')));
    QApplication::clipboard()->setMimeData(mime);
    pasteCount_ = 0;
}

void MainWindow::paste() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QLatin1String(kGraphMime))) return;
    try {
        const QByteArray bytes = mime->data(QLatin1String(kGraphMime));
        const mtl::Graph fragment = mtl::loadGraphFromString(bytes.toStdString(), "clipboard");
        ++pasteCount_;
        scene_->selectNodes(doc_->paste(fragment, QPointF(40.0 * pasteCount_, 40.0 * pasteCount_)));
    } catch (const std::exception& e) {
        statusBar()->showMessage(tr("Cannot paste: %1").arg(QString::fromStdString(e.what())),
                                 6000);
    }
}

void MainWindow::duplicateSelection() {
    const QList<mtl::NodeId> ids = scene_->selectedNodes();
    if (!ids.isEmpty())
        scene_->selectNodes(doc_->paste(doc_->fragment(ids), QPointF(40, 40), true));
}

// -------------------------------------------------------------------------------------- dialogs

void MainWindow::showPreferences() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    QSettings settings;
    auto* theme = new QComboBox(&dialog);
    for (const QString& k : themeKeys()) theme->addItem(themeLabel(k), k);
    theme->setCurrentIndex(std::max(0, theme->findData(settings.value(QLatin1String(kThemeSetting),
                                                                      QStringLiteral("system")))));
    form->addRow(tr("&Theme:"), theme);
    auto* language = new QComboBox(&dialog);
    for (const QString& k : languageKeys()) language->addItem(languageLabel(k), k);
    const QString oldLanguage =
        settings.value(QLatin1String(kLanguageSetting), QStringLiteral("system")).toString();
    language->setCurrentIndex(std::max(0, language->findData(oldLanguage)));
    form->addRow(tr("&Language:"), language);
    auto* hint =
        new QLabel(tr("A new language takes effect when MTL Studio is started again."), &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return;
    settings.setValue(QLatin1String(kThemeSetting), theme->currentData());
    applyTheme(theme->currentData().toString());
    settings.setValue(QLatin1String(kLanguageSetting), language->currentData());
    if (language->currentData().toString() != oldLanguage)
        statusBar()->showMessage(tr("The new language will be used after a restart."), 8000);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About MTL Studio"),
        tr("<h3>MTL Studio %1</h3><p>Design, train and inspect multi-task models with "
           "mixtures of experts: Shared-Bottom, MMoE, CGC/PLE, ESMM, Cross-Stitch, "
           "DSelect-k and more.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

}  // namespace mtl::ui
