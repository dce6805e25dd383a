<?php
// The page Apache serves: the class comes through Composer's PSR-4 autoloader, so a missing or
// misplaced vendor/ answers with an error instead of the greeting.
declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';

use App\Greeting;

header('Content-Type: application/json');
echo json_encode(['message' => Greeting::text(), 'autoload' => 'composer'], JSON_THROW_ON_ERROR), "\n";
