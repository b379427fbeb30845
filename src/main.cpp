#include "cli/app.hpp"

int main(int argc, char** argv) {
    return strat::cli::main(argc, argv);
}
