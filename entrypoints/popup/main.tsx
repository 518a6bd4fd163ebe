import { render } from 'preact';
import { Popup } from './Popup';
import '../../components/term-card.css';
import './popup.css';

const app = document.getElementById('app');
if (app) render(<Popup />, app);
