from flask import Flask
import psycopg2
import lxml.etree
app = Flask(__name__)
