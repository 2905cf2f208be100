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

// Loads `templateKey`, sets the data and the configuration in the panels, presses Train and waits
// (running the event loop) until the run ends. With MTL_STALL_DEBUG set, every stall over 20 ms is
// logged with its time since the run started (to find what blocks the UI thread).
GuiBenchResult runGuiBenchmark(MainWindow& window, const QString& templateKey,
                               const mtl::DataSpec& data, const mtl::TrainConfig& config);

}  // namespace mtl::ui
