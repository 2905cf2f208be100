#pragma once
// The GUI's cost, measured as a user would see it: one training run started from the main window
// with the dashboard docks visible and refreshing, timed like the command line times its runs
// (TrainResult::seconds), while a timer probe on the UI thread records how long the event loop
// is ever kept from running.
#include <QString>

#include "data/DataSpec.h"
#include "train/Trainer.h"

namespace mtl::ui {

class MainWindow;

struct GuiBenchResult {
    bool ok = false;
    QString error;
    double trainSeconds = 0;  // the run's training time (as mtlstudio-cli's train_seconds)
    double maxStallMs = 0;    // longest gap between two probe ticks, minus the probe interval
    double p99StallMs = 0;
    long long ticks = 0;  // probe ticks seen during the run
    int epochs = 0;
};

struct InspectBenchResult {
    bool ok = false;
    QString error;
    QString column;
    int rows = 0;
    double seconds = 0;  // the core's inspection (GateInspection::seconds), worker thread
    double slices = 0, maps = 0, similarity = 0, sensitivity = 0;  // its parts
    double wallSeconds = 0;  // from Inspect pressed to the views filled (data cached or loaded)
    double maxStallMs = 0, p99StallMs = 0;  // UI thread, meanwhile (as above)
    double exampleMs = 0;                   // following one example (on the UI thread)
    double viewsMs = 0;                     // the slowest switch between the four views, painted
    long long ticks = 0;
};

// Inspects the newest run in the Inspect dock by `column`, as a user pressing Inspect, while the
// same probe measures the UI thread; then follows one example and shows each view. With a
// non-empty `grabPrefix`, saves `<grabPrefix>-<view>.png` of the window for each view.
InspectBenchResult runInspectBenchmark(MainWindow& window, const QString& column,
                                       const QString& grabPrefix);

// Loads `templateKey`, sets the data and the configuration in the panels, presses Train and waits
// (running the event loop) until the run ends. With MTL_STALL_DEBUG set, every stall over 20 ms is
// logged with its time since the run started (to find what blocks the UI thread).
GuiBenchResult runGuiBenchmark(MainWindow& window, const QString& templateKey,
                               const mtl::DataSpec& data, const mtl::TrainConfig& config);

}  // namespace mtl::ui
